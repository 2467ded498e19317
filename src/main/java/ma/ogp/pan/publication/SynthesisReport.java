package ma.ogp.pan.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.PlanPhase;
import ma.ogp.pan.web.Paging;

/**
 * The public account of a plan's co-creation, read from what the process recorded: calendar and extensions,
 * meetings and who attended, figures. Its drafts, thousands in a large plan, are read apart: a page at a time
 * ({@link SynthesisReportService#drafts(ActionPlan, int)}), or streamed for an export.
 */
public record SynthesisReport(ActionPlan plan, List<PlanPhase> phases, List<DeadlineHistory> deadlines,
                              List<MeetingAttendance> meetings, Figures figures,
                              Optional<OffsetDateTime> latestDataAt) {

    /** A deadline with every move the secretariat recorded, as days in the co-creation's time zone. */
    public record DeadlineHistory(String kind, String label, LocalDate initialDueOn, LocalDate dueOn,
                                  List<Extension> extensions) {
    }

    public record Extension(LocalDate previousDueOn, LocalDate newDueOn, LocalDate decidedOn, String reason) {
    }

    /** A meeting and its attendance by side of the committee; absences are counted per organisation. */
    public record MeetingAttendance(LocalDate heldOn, String title, String location, int government,
                                    int civilSociety, int international, int absentOrganisations) {

        public int attendees() {
            return government + civilSociety + international;
        }
    }

    public record Figures(int ideas, int drafts, int observations, int merges, int cancellations, int commentsReceived,
                          int commentsApproved, int adopted) {
    }

    /** A draft commitment at its latest version, with where it ended (or stands) and why. */
    public record Draft(int number, String reference, String title, String leadInstitution,
                        String leadInstitutionShort, CommitmentStatus status, String statusReason, String mergedInto,
                        Integer adoptedPosition) {
    }

    /** A page of the drafts, in number order. */
    public record DraftPage(List<Draft> drafts, Paging paging) {

        /** Drafts per page of the report: 5,000 drafts stay a light page. */
        public static final int SIZE = 50;
    }

    /** The drafts counted by outcome, by lead institution (its acronym) and by OGP value, for the charts. */
    public record Tallies(Map<CommitmentStatus, Long> byOutcome, Map<String, Long> byInstitution,
                          Map<OgpValue, Long> byOgpValue) {
    }
}
