package ma.ogp.pan.publication;

import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentVersions;
import ma.ogp.pan.commitment.VersionPages;
import ma.ogp.pan.commitment.VersionRefusal;
import ma.ogp.pan.plan.ActionPlan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public reads every version of an adopted commitment's fiche, and compares two, once the plan is published;
 * before, and for a draft the plan did not adopt, a 404 as for an unknown one.
 */
@Controller
@RequestMapping("/plan/{code}/engagements/{reference}/versions")
class PublicVersionsController extends VersionPages {

    private final ReasonedResponseService responses;
    private final AdoptionService adoption;

    PublicVersionsController(ReasonedResponseService responses, AdoptionService adoption,
                             CommitmentVersions versions) {
        super(versions);
        this.responses = responses;
        this.adoption = adoption;
    }

    @Override
    protected Commitment commitment(String code, String reference, Model model) {
        ActionPlan plan = responses.publishedPlan(code).orElseThrow(() ->
                VersionRefusal.notFound("Le plan « " + code + " » n'est pas publié, ou n'existe pas."));
        boolean inPlan = adoption.document(plan).orElseThrow().commitments().stream()
                .anyMatch(entry -> entry.reference().equals(reference));
        if (!inPlan) {
            throw VersionRefusal.notFound("L'engagement « " + reference + " » ne fait pas partie du plan adopté "
                    + plan.code() + ".");
        }
        return present(plan, reference, "/plan", model);
    }

    @Override
    protected boolean publicPage() {
        return true;
    }
}
