package ma.ogp.pan.adoption;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The adopted plan as a page and as a PDF (staff only until the publication makes it public). */
@Controller
class PlanDocumentController {

    private final ActionPlanRepository plans;
    private final AdoptionService adoption;
    private final CommitmentRepository commitments;
    private final PlanDocumentPdf pdf;

    PlanDocumentController(ActionPlanRepository plans, AdoptionService adoption, CommitmentRepository commitments,
                           PlanDocumentPdf pdf) {
        this.plans = plans;
        this.commitments = commitments;
        this.adoption = adoption;
        this.pdf = pdf;
    }

    @GetMapping("/app/plans/{code}/pan")
    ModelAndView page(@PathVariable String code, Authentication user) {
        return page(document(code), user, null, HttpStatus.OK);
    }

    /** The secretariat records the committee's new decision, which supersedes the adopted plan. */
    @PostMapping("/app/plans/{code}/pan/remplacement")
    ModelAndView supersede(@PathVariable String code, @RequestParam(required = false) List<Long> selected,
                           @RequestParam Map<String, String> form, Authentication user) {
        SecretariatOnly.require(user);
        PlanDocument doc = document(code);
        Set<Long> chosen = selected == null ? Set.of() : Set.copyOf(selected);
        List<Selection> selection = adoption.selection(doc.plan().id()).stream()
                .map(s -> new Selection(s.commitmentId(), chosen.contains(s.commitmentId()),
                        chosen.contains(s.commitmentId()) ? null : form.get("reason_" + s.commitmentId())))
                .toList();
        try {
            adoption.supersede(doc.plan().id(), selection, form.get("decision"), user.getName());
        } catch (FormInputException refusal) {
            return page(doc, user, refusal.getMessage().replaceFirst(" \\(\\w+\\)$", ""), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/app/plans/" + code + "/pan");
    }

    private ModelAndView page(PlanDocument doc, Authentication user, String refusal, HttpStatus status) {
        ModelAndView page = new ModelAndView(PlanDocumentPdf.TEMPLATE, status);
        page.addObject("doc", doc);
        page.addObject("pdf", false);
        page.addObject("supersessions", adoption.supersessions(doc.plan().id()));
        page.addObject("refusal", refusal);
        if (SecretariatOnly.is(user)) {
            page.addObject("selection", adoption.selection(doc.plan().id()).stream()
                    .map(s -> Map.of("id", s.commitmentId(), "selected", s.selected(),
                            "reason", s.reason() == null ? "" : s.reason(),
                            "label", commitments.getById(s.commitmentId()).reference() + " · "
                                    + commitments.getById(s.commitmentId()).title()))
                    .toList());
        }
        return page;
    }

    @GetMapping("/app/plans/{code}/pan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        // the staff pages are French
        return pdf.response(document(code), Locale.FRENCH);
    }

    private PlanDocument document(String code) {
        ActionPlan plan = plans.findByCode(code).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Plan inconnu : " + code));
        return adoption.document(plan).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                code + " n'est pas encore adopté : le document du plan existe à son adoption"));
    }
}
