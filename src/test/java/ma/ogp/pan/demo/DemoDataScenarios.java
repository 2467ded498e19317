package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.meeting.Meeting;
import ma.ogp.pan.meeting.MeetingItemKind;
import ma.ogp.pan.meeting.MeetingRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.review.ObservationRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.SeedFixture;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PAN3 demo matches the minutes of 22 Feb 2024; run on H2 and on PostgreSQL by the subclasses. */
@PanIntegrationTest
abstract class DemoDataScenarios {

    @Autowired ActionPlanRepository plans;
    @Autowired CommitmentRepository commitments;
    @Autowired ObservationRepository observations;
    @Autowired MeetingRepository meetings;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;

    @Test
    void migrationsRanIntoTheApplicationsOwnTables() {
        assertThat(flyway.info().applied()).anySatisfy(m -> {
            assertThat(m.getVersion().getVersion()).isEqualTo("1");
            assertThat(m.getState().isApplied()).isTrue();
        });
        assertThat(jdbc.sql("SELECT code FROM pan_ogp_value ORDER BY code").query(String.class).list())
                .containsExactly("CIVIC_PARTICIPATION", "PUBLIC_ACCOUNTABILITY", "TECHNOLOGY_INNOVATION", "TRANSPARENCY");
    }

    @Test
    void pan3HasThe22CommitmentsOfTheMinutesInOrderWithTheirLeadInstitutions() {
        ActionPlan plan = plans.getByCode("PAN3");
        List<Commitment> list = commitments.findByPlan(plan.id());
        assertThat(list).extracting(Commitment::title).containsExactlyElementsOf(SeedFixture.commitmentTitles());
        assertThat(list).extracting(Commitment::reference).startsWith("PAN3-01", "PAN3-02").endsWith("PAN3-22");
        assertThat(list).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CommitmentStatus.UNDER_REVIEW);
            assertThat(c.currentVersionNo()).isEqualTo(1);
        });
        assertThat(list.get(6).leadInstitutionCode()).isEqualTo("ADD");
        assertThat(list.get(7).leadInstitutionCode()).isEqualTo(list.get(8).leadInstitutionCode()).isEqualTo("MJCC-JEU");
    }

    @Test
    void everyFicheIsCompleteAndInsideThePlanPeriod() {
        ActionPlan plan = plans.getByCode("PAN3");
        for (Commitment c : commitments.findByPlan(plan.id())) {
            CommitmentVersion fiche = commitments.findVersion(c.id(), 1).orElseThrow();
            assertThat(fiche.problem()).startsWith("[Contenu de démonstration]");
            assertThat(fiche.ogpValues()).isNotEmpty();
            assertThat(fiche.indicators()).isNotEmpty();
            assertThat(fiche.activities()).isNotEmpty().allSatisfy(a -> {
                assertThat(a.endDate()).isAfterOrEqualTo(a.startDate());
                assertThat(a.startDate()).isAfterOrEqualTo(plan.periodStart());
                assertThat(a.endDate()).isBeforeOrEqualTo(plan.periodEnd());
            });
        }
    }

    @Test
    void commentWindowWasExtendedTo26FebruaryAndRevisionsAreDue4March() {
        ActionPlan plan = plans.getByCode("PAN3");
        List<Deadline> deadlines = plans.findDeadlines(plan.id());
        Deadline review = deadlines.stream().filter(d -> d.kind().equals(Deadline.REVIEW_COMMENTS)).findFirst().orElseThrow();
        Deadline revision = deadlines.stream().filter(d -> d.kind().equals(Deadline.REVISION)).findFirst().orElseThrow();
        assertThat(review.dueAt().toInstant()).isEqualTo(Instant.parse("2024-02-26T22:59:00Z"));
        assertThat(review.initialDueAt()).isBefore(review.dueAt());
        List<DeadlineExtension> extensions = plans.findExtensions(review.id());
        assertThat(extensions).singleElement().satisfies(e -> {
            assertThat(e.previousDueAt().toInstant()).isEqualTo(review.initialDueAt().toInstant());
            assertThat(e.newDueAt().toInstant()).isEqualTo(review.dueAt().toInstant());
            assertThat(e.reason()).contains("26 février 2024");
            assertThat(e.extendedBy()).isEqualTo("oelmoustamide");
        });
        assertThat(revision.dueAt().toInstant()).isEqualTo(Instant.parse("2024-03-04T22:59:00Z"));
        assertThat(plans.findExtensions(revision.id())).isEmpty();
    }

    @Test
    void theMeetingOf22FebruaryHasItsAttendeesAbsenteesAgendaAndDecisions() {
        Meeting meeting = meetings.findByPlan(plans.getByCode("PAN3").id()).get(0);
        assertThat(meeting.heldOn()).hasToString("2024-02-22");
        assertThat(meeting.remote()).isTrue();
        assertThat(meetings.findAttendeeNames(meeting.id())).containsExactlyElementsOf(SeedFixture.attendees());
        assertThat(meetings.findAbsenteeNames(meeting.id())).containsExactlyElementsOf(SeedFixture.absentees());
        assertThat(meetings.findItems(meeting.id(), MeetingItemKind.AGENDA)).hasSize(3);
        assertThat(meetings.findItems(meeting.id(), MeetingItemKind.DECISION)).hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("4 mars 2024"));
    }

    @Test
    void theObservationsOfTheMinutesAreRecordedPerCommitment() {
        List<Commitment> list = commitments.findByPlan(plans.getByCode("PAN3").id());
        assertThat(observations.findTexts(list.get(0).id())).first().isEqualTo("Reformuler la problématique.");
        assertThat(observations.findTexts(list.get(3).id())).singleElement().asString()
                .contains("absence de lien direct avec les principes d'ouverture");
    }

    @Test
    void demoUsersHaveAccountsInTheirGroups() {
        assertThat(identity.createUserQuery().memberOfGroup(CamundaGroups.SECRETARIAT).list())
                .extracting(u -> u.getId()).contains("oelmoustamide");
        assertThat(identity.createUserQuery().memberOfGroup(CamundaGroups.COMMITTEE_CIVIL_SOCIETY).count()).isEqualTo(5);
        assertThat(identity.createUserQuery().memberOfGroup(CamundaGroups.focalPoints("MSISF")).count()).isEqualTo(4);
        assertThat(identity.createUserQuery().memberOfGroup(CamundaGroups.OGP_SUPPORT_UNIT).count()).isEqualTo(1);
        assertThat(identity.checkPassword("aameziane", "demo")).isTrue();
    }

    @Test
    void everyLeadInstitutionHasAFocalPointWhoCanReviseItsFiches() {
        List<String> leads = commitments.findByPlan(plans.getByCode("PAN3").id()).stream()
                .map(Commitment::leadInstitutionCode).distinct().toList();
        assertThat(leads).contains("DGCT", "MTEDD", "MDCRP");
        assertThat(leads).allSatisfy(institution -> assertThat(identity.createUserQuery()
                .memberOfGroup(CamundaGroups.focalPoints(institution)).count()).as(institution).isPositive());
    }
}
