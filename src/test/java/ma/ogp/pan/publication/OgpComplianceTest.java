package ma.ogp.pan.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.Phase;
import ma.ogp.pan.plan.PlanPhase;
import ma.ogp.pan.publication.ComplianceRequirement.Status;
import ma.ogp.pan.publication.SynthesisReport.Figures;
import ma.ogp.pan.publication.SynthesisReport.MeetingAttendance;
import org.junit.jupiter.api.Test;

/** The six-month rule of the forum's meetings, on dates alone. */
class OgpComplianceTest {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private final OgpCompliance compliance = new OgpCompliance(mock(ConsultationService.class), mock(ReasonedResponseService.class),
            Clock.system(MOROCCO), new NotificationProperties("x", "x", "", "x", List.of(), MOROCCO, Duration.ofMinutes(1)));

    @Test
    void aGapOfMoreThanSixMonthsBetweenMeetingsIsNotMet() {
        assertThat(forum("2024-12-01", "2024-01-20", "2024-09-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(forum("2024-12-01", "2024-01-20", "2024-09-01").evidence())
                .isEqualTo("Aucune réunion du 20/01/2024 au 01/09/2024 : plus de six mois.");
    }

    @Test
    void meetingsAtMostSixMonthsApartUntilTodayAreMet() {
        assertThat(forum("2024-12-01", "2024-01-20", "2024-06-01", "2024-09-01").status()).isEqualTo(Status.MET);
    }

    @Test
    void sixMonthsWithoutMeetingUpToTodayIsNotMetEvenAfterTheLastMeeting() {
        assertThat(forum("2025-02-10", "2024-01-20", "2024-06-01").evidence())
                .isEqualTo("Aucune réunion du 01/06/2024 au 10/02/2025 : plus de six mois.");
    }

    @Test
    void beforeTheCoCreationStartsOrWithinItsFirstSixMonthsWithoutMeetingItIsNotYetApplicable() {
        assertThat(forum("2024-01-01").status()).isEqualTo(Status.NOT_YET_APPLICABLE);
        assertThat(forum("2024-05-01").status()).isEqualTo(Status.NOT_YET_APPLICABLE);
    }

    /** The rule for a co-creation from 15/01/2024 to 31/03/2025, judged on {@code today}. */
    private ComplianceRequirement forum(String today, String... meetings) {
        SynthesisReport report = new SynthesisReport(
                new ActionPlan(1L, "T", "Test", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)),
                List.of(new PlanPhase(Phase.CALL_FOR_COMMITMENTS, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 1)),
                        new PlanPhase(Phase.PUBLICATION, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))),
                List.of(), Arrays.stream(meetings).map(d -> new MeetingAttendance(LocalDate.parse(d),
                        "Réunion", "Rabat", 1, 1, 0, 0)).toList(),
                new Figures(0, 0, 0, 0, 0, 0, 0, 0), Optional.empty());
        return compliance.forumMeets(report, LocalDate.parse(today));
    }
}
