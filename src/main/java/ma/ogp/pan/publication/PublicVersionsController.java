package ma.ogp.pan.publication;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.CommitmentVersions;
import ma.ogp.pan.commitment.VersionRefusal;
import ma.ogp.pan.plan.ActionPlan;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public reads every version of an adopted commitment's fiche, and compares two, once the plan is published;
 * before, and for a draft the plan did not adopt, a 404 as for an unknown one.
 */
@Controller
@RequestMapping("/plan/{code}/engagements/{reference}/versions")
class PublicVersionsController {

    private final ReasonedResponseService responses;
    private final AdoptionService adoption;
    private final CommitmentVersions versions;

    PublicVersionsController(ReasonedResponseService responses, AdoptionService adoption,
                             CommitmentVersions versions) {
        this.responses = responses;
        this.adoption = adoption;
        this.versions = versions;
    }

    @GetMapping
    String list(@PathVariable String code, @PathVariable String reference, Model model) {
        model.addAttribute("versions", versions.all(adopted(code, reference, model)));
        return "commitment/versions";
    }

    @GetMapping("/{number}")
    String version(@PathVariable String code, @PathVariable String reference, @PathVariable String number,
                   Model model) {
        CommitmentVersion version = versions.version(adopted(code, reference, model), number);
        model.addAttribute("version", version);
        model.addAttribute("partners", versions.partners(version));
        return "commitment/version";
    }

    @GetMapping("/comparer")
    String compare(@PathVariable String code, @PathVariable String reference,
                   @RequestParam(name = "de", required = false) String from,
                   @RequestParam(name = "a", required = false) String to, Model model) {
        model.addAttribute("comparison", versions.compare(adopted(code, reference, model), from, to));
        return "commitment/comparison";
    }

    @ExceptionHandler(VersionRefusal.class)
    String refused(VersionRefusal refusal, HttpServletResponse response, Model model) {
        response.setStatus(refusal.status().value());
        model.addAttribute("message", refusal.getMessage());
        model.addAttribute("badRequest", refusal.status() == HttpStatus.BAD_REQUEST);
        model.addAttribute("publicPage", true);
        return "commitment/version-refused";
    }

    private Commitment adopted(String code, String reference, Model model) {
        ActionPlan plan = responses.publishedPlan(code).orElseThrow(() ->
                VersionRefusal.notFound("Le plan « " + code + " » n'est pas publié, ou n'existe pas."));
        boolean inPlan = adoption.document(plan).orElseThrow().commitments().stream()
                .anyMatch(entry -> entry.reference().equals(reference));
        if (!inPlan) {
            throw VersionRefusal.notFound("L'engagement « " + reference + " » ne fait pas partie du plan adopté "
                    + plan.code() + ".");
        }
        Commitment commitment = versions.commitment(plan.id(), reference);
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", commitment);
        model.addAttribute("base", "/plan/" + plan.code() + "/engagements/" + commitment.reference() + "/versions");
        model.addAttribute("publicPage", true);
        return commitment;
    }
}
