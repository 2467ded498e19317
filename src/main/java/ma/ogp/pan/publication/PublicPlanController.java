package ma.ogp.pan.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.adoption.PlanDocument;
import ma.ogp.pan.adoption.PlanDocumentPdf;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public accounting once the plan is published: the adopted plan (page and PDF), the reasoned response on every
 * draft, and their open data. No login; before publication, a 404 page says so.
 */
@Controller
class PublicPlanController {

    static final List<String> RESPONSE_COLUMNS = List.of("subject", "reference", "title", "outcome", "outcome_label",
            "response");
    static final List<String> PLAN_COLUMNS = List.of("position", "reference", "title", "lead_institution",
            "supporting_institutions", "ogp_values", "activities", "indicators", "version");

    private final ReasonedResponseService responses;
    private final AdoptionService adoption;
    private final PlanDocumentPdf pdf;

    PublicPlanController(ReasonedResponseService responses, AdoptionService adoption, PlanDocumentPdf pdf) {
        this.responses = responses;
        this.adoption = adoption;
        this.pdf = pdf;
    }

    @GetMapping("/plan")
    String plan(@RequestParam(required = false) String plan, Model model) {
        model.addAttribute("doc", document(plan));
        model.addAttribute("versionLinks", true);
        return "publication/plan";
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> planPdf(@RequestParam(required = false) String plan, Locale locale) {
        return pdf.response(document(plan), locale);
    }

    @GetMapping("/reponses")
    String responses(@RequestParam(required = false) String plan, Model model) {
        ActionPlan published = published(plan);
        model.addAttribute("plan", published);
        model.addAttribute("responses", responses.responses(published.id()));
        model.addAttribute("parts", List.of(ReasonedResponse.COMMITMENT, ReasonedResponse.IDEA));
        return "publication/responses";
    }

    @GetMapping(value = "/donnees/{plan}/reponses.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> responsesJson(@PathVariable String plan) {
        return openData(() -> responseRows(plan));
    }

    @GetMapping("/donnees/{plan}/reponses.csv")
    ResponseEntity<String> responsesCsv(@PathVariable String plan) {
        return OpenDataCsv.of(plan + "-reponses.csv", RESPONSE_COLUMNS, openData(() -> responseRows(plan)));
    }

    @GetMapping(value = "/donnees/{plan}/plan.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> planJson(@PathVariable String plan) {
        return openData(() -> planRows(plan));
    }

    @GetMapping("/donnees/{plan}/plan.csv")
    ResponseEntity<String> planCsv(@PathVariable String plan) {
        return OpenDataCsv.of(plan + "-plan.csv", PLAN_COLUMNS, openData(() -> planRows(plan)));
    }

    @ExceptionHandler(NotPublishedException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notPublished(NotPublishedException e, Model model) {
        model.addAttribute("plan", e.getMessage());
        return "publication/not-published";
    }

    /**
     * Open data of a plan not published (or unknown) is a 404 like any error of the application, in problem+json:
     * the page that {@link #notPublished} renders would go out under the dataset's JSON type.
     */
    private static List<Map<String, Object>> openData(Supplier<List<Map<String, Object>>> rows) {
        try {
            return rows.get();
        } catch (NotPublishedException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ce plan n'est pas publié, ou n'existe pas.");
        }
    }

    private List<Map<String, Object>> responseRows(String code) {
        return responses.responses(published(code).id()).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subject", r.subjectKind());
            row.put("reference", r.reference());
            row.put("title", r.title());
            row.put("outcome", r.outcome().name());
            row.put("outcome_label", r.outcome().label());
            row.put("response", r.text());
            return row;
        }).toList();
    }

    private List<Map<String, Object>> planRows(String code) {
        return document(code).commitments().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", e.position());
            row.put("reference", e.reference());
            row.put("title", e.fiche().title());
            row.put("lead_institution", e.leadInstitution());
            row.put("supporting_institutions", String.join(" | ", e.supportingInstitutions()));
            row.put("ogp_values", e.fiche().ogpValues().stream().map(OgpValue::name).collect(Collectors.joining(" | ")));
            row.put("activities", e.fiche().activities().stream()
                    .map(a -> a.title() + " (" + a.startDate() + " / " + a.endDate() + ")").collect(Collectors.joining(" | ")));
            row.put("indicators", String.join(" | ", e.fiche().indicators()));
            row.put("version", e.fiche().versionNo());
            return row;
        }).toList();
    }

    private PlanDocument document(String code) {
        return adoption.document(published(code)).orElseThrow();
    }

    private ActionPlan published(String code) {
        return responses.publishedPlan(code).orElseThrow(() -> new NotPublishedException(code == null ? "" : code));
    }

    /** The plan asked for is unknown or not published yet. */
    static class NotPublishedException extends RuntimeException {
        NotPublishedException(String plan) {
            super(plan);
        }
    }
}
