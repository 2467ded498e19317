package ma.ogp.pan.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.publication.SynthesisReport.Draft;
import ma.ogp.pan.publication.SynthesisReport.Figures;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report's open-data twin: {@code rapport.json} (figures, calendar, meetings' attendance counts and the
 * drafts with their outcomes) and {@code engagements.csv} (the drafts). Names of people and e-mails never appear.
 */
@RestController
class ReportOpenDataController {

    static final List<String> DRAFT_COLUMNS = List.of("reference", "title", "lead_institution", "status",
            "status_label", "status_reason", "merged_into", "adopted_position");

    private final SynthesisReportService reports;

    ReportOpenDataController(SynthesisReportService reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/donnees/{plan}/rapport.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable String plan) {
        SynthesisReport report = reports.of(reports.plan(plan));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", Map.of("code", report.plan().code(), "title", report.plan().title(),
                "period_start", report.plan().periodStart(), "period_end", report.plan().periodEnd()));
        json.put("latest_data_at", report.latestDataAt().map(t -> t.toInstant().toString()).orElse(null));
        json.put("figures", figures(report.figures()));
        json.put("phases", report.phases().stream().map(p -> Map.of("phase", p.phase().name(),
                "label", p.phase().label(), "starts_on", p.startsOn(), "ends_on", p.endsOn())).toList());
        json.put("deadlines", report.deadlines().stream().map(h -> Map.of("kind", h.kind(), "label", h.label(),
                "initial_due_on", h.initialDueOn(), "due_on", h.dueOn(), "extensions", h.extensions().stream()
                        .map(e -> Map.of("previous_due_on", e.previousDueOn(), "new_due_on", e.newDueOn(),
                                "decided_on", e.decidedOn(), "reason", e.reason())).toList())).toList());
        json.put("meetings", report.meetings().stream().map(m -> Map.of("held_on", m.heldOn(), "title", m.title(),
                "location", m.location(), "government", m.government(), "civil_society", m.civilSociety(),
                "international", m.international(), "absent_organisations", m.absentOrganisations())).toList());
        json.put("drafts", drafts(report));
        return json;
    }

    @GetMapping("/donnees/{plan}/engagements.csv")
    ResponseEntity<String> csv(@PathVariable String plan) {
        return OpenDataCsv.response(plan + "-engagements.csv", DRAFT_COLUMNS, drafts(reports.of(reports.plan(plan))));
    }

    private static Map<String, Object> figures(Figures f) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("drafts", f.drafts());
        figures.put("observations", f.observations());
        figures.put("merges", f.merges());
        figures.put("cancellations", f.cancellations());
        figures.put("comments_received", f.commentsReceived());
        figures.put("comments_approved", f.commentsApproved());
        figures.put("adopted", f.adopted());
        return figures;
    }

    private static List<Map<String, Object>> drafts(SynthesisReport report) {
        return report.drafts().stream().map(ReportOpenDataController::row).toList();
    }

    private static Map<String, Object> row(Draft d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reference", d.reference());
        row.put("title", d.title());
        row.put("lead_institution", d.leadInstitution());
        row.put("status", d.status().name());
        row.put("status_label", d.status().label());
        row.put("status_reason", d.statusReason());
        row.put("merged_into", d.mergedInto());
        row.put("adopted_position", d.adoptedPosition());
        return row;
    }
}
