package ma.ogp.pan.adoption;

import java.util.Map;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.PdfRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The adopted plan as a page and as a PDF (staff only until the publication makes it public). */
@Controller
class PlanDocumentController {

    private static final String TEMPLATE = "adoption/plan";

    private final ActionPlanRepository plans;
    private final AdoptionService adoption;
    private final SpringTemplateEngine templates;
    private final PdfRenderer pdf;

    PlanDocumentController(ActionPlanRepository plans, AdoptionService adoption, SpringTemplateEngine templates,
                           PdfRenderer pdf) {
        this.plans = plans;
        this.adoption = adoption;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/app/plans/{code}/pan")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("doc", document(code));
        model.addAttribute("pdf", false);
        return TEMPLATE;
    }

    @GetMapping("/app/plans/{code}/pan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        PlanDocument doc = document(code);
        String html = templates.process(TEMPLATE, new Context(java.util.Locale.FRENCH, Map.of("doc", doc, "pdf", true)));
        return pdf.inline(html, code + ".pdf");
    }

    private PlanDocument document(String code) {
        ActionPlan plan = plans.findByCode(code).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Plan inconnu : " + code));
        return adoption.document(plan).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                code + " n'est pas encore adopté : le document du plan existe à son adoption"));
    }
}
