package ma.ogp.pan.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.publication.SynthesisReport.Draft;
import ma.ogp.pan.publication.SynthesisReport.Figures;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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
        ActionPlan chosen = reports.plan(plan);
        SynthesisReport report = reports.of(chosen);
        return object("plan", object("code", report.plan().code(), "title", report.plan().title(),
                        "period_start", report.plan().periodStart(), "period_end", report.plan().periodEnd()),
                "latest_data_at", report.latestDataAt().map(t -> t.toInstant().toString()).orElse(null),
                "figures", figures(report.figures()),
                "phases", report.phases().stream().map(p -> object("phase", p.phase().name(),
                        "label", p.phase().label(), "starts_on", p.startsOn(), "ends_on", p.endsOn())).toList(),
                "deadlines", report.deadlines().stream().map(h -> object("kind", h.kind(), "label", h.label(),
                        "initial_due_on", h.initialDueOn(), "due_on", h.dueOn(), "extensions", h.extensions().stream()
                                .map(e -> object("previous_due_on", e.previousDueOn(), "new_due_on", e.newDueOn(),
                                        "decided_on", e.decidedOn(), "reason", e.reason())).toList())).toList(),
                "meetings", report.meetings().stream().map(m -> object("held_on", m.heldOn(), "title", m.title(),
                        "location", m.location(), "government", m.government(), "civil_society", m.civilSociety(),
                        "international", m.international(), "absent_organisations", m.absentOrganisations()))
                        .toList(),
                "drafts", reports.allDrafts(chosen).drafts().stream().map(ReportOpenDataController::row).toList());
    }

    /** Streamed: each draft is written as it is read, whatever the plan's size. */
    @GetMapping("/donnees/{plan}/engagements.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String plan) {
        ActionPlan chosen = reports.plan(plan);
        return OpenDataCsv.streamed(plan + "-engagements.csv", DRAFT_COLUMNS,
                row -> reports.eachDraft(chosen, draft -> row.accept(row(draft))));
    }

    private static Map<String, Object> figures(Figures f) {
        return object("ideas", f.ideas(), "drafts", f.drafts(), "observations", f.observations(), "merges", f.merges(),
                "cancellations", f.cancellations(), "comments_received", f.commentsReceived(),
                "comments_approved", f.commentsApproved(), "adopted", f.adopted());
    }

    private static Map<String, Object> row(Draft d) {
        return object("reference", d.reference(), "title", d.title(), "lead_institution", d.leadInstitution(),
                "status", d.status().name(), "status_label", d.status().label(), "status_reason", d.statusReason(),
                "merged_into", d.mergedInto(), "adopted_position", d.adoptedPosition());
    }

    /** A JSON object with its keys in the documented order; null values are kept (the CSV needs every column). */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
