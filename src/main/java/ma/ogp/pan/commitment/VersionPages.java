package ma.ogp.pan.commitment;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.plan.ActionPlan;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a fiche's versions (the list, one version, the comparison of two), for staff and for the public
 * alike: each subclass says which commitments it shows and under which URL (its {@code @RequestMapping}).
 */
public abstract class VersionPages {

    private final CommitmentVersions versions;

    protected VersionPages(CommitmentVersions versions) {
        this.versions = versions;
    }

    /** The commitment shown (see {@link #present}); else a refusal. */
    protected abstract Commitment commitment(String code, String reference, Model model);

    protected abstract boolean publicPage();

    @GetMapping
    public String list(@PathVariable String code, @PathVariable String reference, Model model) {
        model.addAttribute("versions", versions.all(shown(code, reference, model)));
        return "commitment/versions";
    }

    @GetMapping("/{number}")
    public String version(@PathVariable String code, @PathVariable String reference, @PathVariable String number,
                          Model model) {
        CommitmentVersion version = versions.version(shown(code, reference, model), number);
        model.addAttribute("version", version);
        model.addAttribute("partners", versions.partners(version));
        return "commitment/version";
    }

    @GetMapping("/comparer")
    public String compare(@PathVariable String code, @PathVariable String reference,
                          @RequestParam(name = "de", required = false) String from,
                          @RequestParam(name = "a", required = false) String to, Model model) {
        model.addAttribute("comparison", versions.compare(shown(code, reference, model), from, to));
        return "commitment/comparison";
    }

    @ExceptionHandler(VersionRefusal.class)
    public String refused(VersionRefusal refusal, HttpServletResponse response, Model model) {
        response.setStatus(refusal.status().value());
        model.addAttribute("message", refusal.getMessage());
        model.addAttribute("badRequest", refusal.status() == HttpStatus.BAD_REQUEST);
        model.addAttribute("publicPage", publicPage());
        return "commitment/version-refused";
    }

    /** The commitment {@code reference} of {@code plan}, with the model's plan, commitment and base URL. */
    protected Commitment present(ActionPlan plan, String reference, String basePath, Model model) {
        Commitment commitment = versions.commitment(plan.id(), reference);
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", commitment);
        model.addAttribute("base", basePath + "/" + plan.code() + "/engagements/" + commitment.reference() + "/versions");
        return commitment;
    }

    private Commitment shown(String code, String reference, Model model) {
        model.addAttribute("publicPage", publicPage());
        return commitment(code, reference, model);
    }
}
