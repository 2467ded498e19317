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
    private final CommitmentVersions versions;

    CommitmentVersionsController(ActionPlanRepository plans, CommitmentVersions versions) {
        super(versions);
        this.plans = plans;
        this.versions = versions;
    }

    @Override
    protected Commitment commitment(String code, String reference, Model model) {
        ActionPlan plan = plans.findByCode(code)
                .orElseThrow(() -> VersionRefusal.notFound("Aucun plan d'action « " + code + " »."));
        Commitment commitment = versions.commitment(plan.id(), reference);
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", commitment);
        model.addAttribute("base", "/app/plans/" + plan.code() + "/engagements/" + commitment.reference() + "/versions");
        return commitment;
    }

    @Override
    protected boolean publicPage() {
        return false;
    }
}
