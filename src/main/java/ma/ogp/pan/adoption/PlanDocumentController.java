package ma.ogp.pan.adoption;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The adopted plan as a page and as a PDF (staff only until the publication makes it public). */
@Controller
class PlanDocumentController {

    private final ActionPlanRepository plans;
    private final AdoptionService adoption;
    private final PlanDocumentPdf pdf;

    PlanDocumentController(ActionPlanRepository plans, AdoptionService adoption, PlanDocumentPdf pdf) {
        this.plans = plans;
        this.adoption = adoption;
        this.pdf = pdf;
    }

    @GetMapping("/app/plans/{code}/pan")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("doc", document(code));
        model.addAttribute("pdf", false);
        return PlanDocumentPdf.TEMPLATE;
    }

    @GetMapping("/app/plans/{code}/pan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return pdf.response(document(code));
    }

    private PlanDocument document(String code) {
        ActionPlan plan = plans.findByCode(code).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Plan inconnu : " + code));
        return adoption.document(plan).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                code + " n'est pas encore adopté : le document du plan existe à son adoption"));
    }
}
