package ma.ogp.pan.commitment;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Staff pages: the versions of any commitment's fiche, one version, and the comparison of two; the list also shows
 * what coordination meetings agreed for the commitment.
 */
@Controller
@RequestMapping("/app/plans/{code}/engagements/{reference}/versions")
class CommitmentVersionsController extends VersionPages {

    private final ActionPlanRepository plans;
    private final CoordinationAgreements agreements;

    CommitmentVersionsController(ActionPlanRepository plans, CommitmentVersions versions,
                                 CoordinationAgreements agreements) {
        super(versions);
        this.plans = plans;
        this.agreements = agreements;
    }

    @Override
    protected Commitment commitment(String code, String reference, Model model) {
        ActionPlan plan = plans.findByCode(code)
                .orElseThrow(() -> VersionRefusal.notFound("Aucun plan d'action « " + code + " »."));
        Commitment commitment = present(plan, reference, "/app/plans", model);
        model.addAttribute("agreements", agreements.findByCommitment(commitment.id()));
        return commitment;
    }

    @Override
    protected boolean publicPage() {
        return false;
    }
}
