package ma.ogp.pan.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.commitment.Activity;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.plan.PlanPhase;
import ma.ogp.pan.review.SuggestionKind;

/** The shape of {@code demo/pan3.yaml}: PAN3 as the minutes of 22 Feb 2024 describe it. */
record DemoData(PlanData plan, List<Institution> institutions, List<PersonData> people,
                List<CommitmentData> commitments, MeetingData meeting) {

    record PlanData(String code, String title, LocalDate periodStart, LocalDate periodEnd, List<PlanPhase> phases,
                    List<DeadlineData> deadlines) {
    }

    record DeadlineData(String kind, OffsetDateTime initialDueAt, List<ExtensionData> extensions) {
    }

    record ExtensionData(OffsetDateTime newDueAt, String reason, String extendedBy, OffsetDateTime extendedAt) {
    }

    record PersonData(String login, String civility, String firstName, String lastName, String email,
                      String institution, List<PlanRole> roles) {
    }

    record CommitmentData(int number, String title, String leadInstitution, List<String> supportingInstitutions,
                          String problem, String proposedSolution, Set<OgpValue> ogpValues,
                          List<Activity> activities, List<String> indicators, List<ObservationData> observations) {
    }

    record ObservationData(String text, Set<SuggestionKind> suggestions) {
    }

    record MeetingData(LocalDate heldOn, String title, String location, boolean remote, List<String> attendees,
                       List<String> absentees, List<String> agenda, List<String> discussion,
                       List<String> decisions) {
    }
}
