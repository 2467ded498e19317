package ma.ogp.pan.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: a plan's approved public comments, as CSV and JSON (UTF-8). Columns: reference, commitment_title,
 * comment_id, submitted_at, language, author_name, organisation, body. Never the e-mail addresses. A stable URL:
 * empty (the header row, or []) until the plan's consultation has approved comments; 404 for an unknown plan.
 */
@RestController
class CommentsOpenDataController {

    static final List<String> COLUMNS = List.of("reference", "commitment_title", "comment_id", "submitted_at",
            "language", "author_name", "organisation", "body");

    private final ConsultationService consultations;

    CommentsOpenDataController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping(value = "/donnees/{plan}/commentaires.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> json(@PathVariable String plan) {
        return rows(plan);
    }

    @GetMapping("/donnees/{plan}/commentaires.csv")
    ResponseEntity<String> csv(@PathVariable String plan) {
        return OpenDataCsv.of(plan + "-commentaires.csv", COLUMNS, rows(plan));
    }

    private List<Map<String, Object>> rows(String plan) {
        List<PublicComment> approved = consultations.ofPlan(plan).map(consultations::approvedOf).orElse(List.of());
        return approved.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", c.reference());
            row.put("commitment_title", c.commitmentTitle());
            row.put("comment_id", c.id());
            row.put("submitted_at", c.submittedAt().toInstant().toString());
            row.put("language", c.language());
            row.put("author_name", c.authorName());
            row.put("organisation", c.organisation());
            row.put("body", c.body());
            return row;
        }).toList();
    }
}
