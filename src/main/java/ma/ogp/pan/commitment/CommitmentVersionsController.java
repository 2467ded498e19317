package ma.ogp.pan.commitment;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: the versions of a commitment's fiche, one version, and the comparison of two. */
@Controller
@RequestMapping("/app/plans/{code}/engagements/{reference}/versions")
class CommitmentVersionsController {

    private final ActionPlanRepository plans;
    private final CommitmentVersions versions;

    CommitmentVersionsController(ActionPlanRepository plans, CommitmentVersions versions) {
        this.plans = plans;
        this.versions = versions;
    }

    @GetMapping
    String list(@PathVariable String code, @PathVariable String reference, Model model) {
        Commitment commitment = commitment(code, reference, model);
        model.addAttribute("versions", versions.all(commitment));
        return "commitment/versions";
    }

    @GetMapping("/{number}")
    String version(@PathVariable String code, @PathVariable String reference, @PathVariable String number,
                   Model model) {
        CommitmentVersion version = versions.version(commitment(code, reference, model), number);
        model.addAttribute("version", version);
        model.addAttribute("partners", versions.partners(version));
        return "commitment/version";
    }

    @GetMapping("/comparer")
    String compare(@PathVariable String code, @PathVariable String reference,
                   @RequestParam(name = "de", required = false) String from,
                   @RequestParam(name = "a", required = false) String to, Model model) {
        model.addAttribute("comparison", versions.compare(commitment(code, reference, model), from, to));
        return "commitment/comparison";
    }

    @ExceptionHandler(VersionRefusal.class)
    String refused(VersionRefusal refusal, HttpServletResponse response, Model model) {
        response.setStatus(refusal.status().value());
        model.addAttribute("message", refusal.getMessage());
        model.addAttribute("badRequest", refusal.status() == HttpStatus.BAD_REQUEST);
        model.addAttribute("publicPage", false);
        return "commitment/version-refused";
    }

    private Commitment commitment(String code, String reference, Model model) {
        ActionPlan plan = plans.findByCode(code)
                .orElseThrow(() -> VersionRefusal.notFound("Aucun plan d'action « " + code + " »."));
        Commitment commitment = versions.commitment(plan.id(), reference);
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", commitment);
        model.addAttribute("base", "/app/plans/" + plan.code() + "/engagements/" + commitment.reference() + "/versions");
        model.addAttribute("publicPage", false);
        return commitment;
    }
}
