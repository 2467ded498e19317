package ma.ogp.pan.commitment;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff pages: the versions of any commitment's fiche, one version, and the comparison of two. */
@Controller
@RequestMapping("/app/plans/{code}/engagements/{reference}/versions")
class CommitmentVersionsController extends VersionPages {

    private final ActionPlanRepository plans;

    CommitmentVersionsController(ActionPlanRepository plans, CommitmentVersions versions) {
        super(versions);
        this.plans = plans;
    }

    @Override
    protected Commitment commitment(String code, String reference, Model model) {
        ActionPlan plan = plans.findByCode(code)
                .orElseThrow(() -> VersionRefusal.notFound("Aucun plan d'action « " + code + " »."));
        return present(plan, reference, "/app/plans", model);
    }

    @Override
    protected boolean publicPage() {
        return false;
    }
}
