package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.consultation.CommentForm;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.consultation.RejectionReason;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.support.Mails;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public consultation as a phase of the plan: opened by the secretariat on the accepted commitments, opened
 * and closed by timers, then each commitment moves on with its consolidated comments and each institution is told.
 */
abstract class ConsultationPhaseScenarios extends ReviewProcessTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired ManagementService management;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;

    @Test
    void openedOnTheAcceptedCommitmentsClosedOnTimeThenEachInstitutionFindsItsComments() throws Exception {
        long first = fixture.commitment(5, "Faciliter l'accès aux services publics en amazighe");
        long second = fixture.commitment(7, "Renforcement de la publication des données ouvertes");
        ProcessInstance firstLifecycle = accepted(first);
        ProcessInstance secondLifecycle = accepted(second);
        ProcessInstance plan = planAtPreparation();
        String prepare = task(plan, "Task_PrepareConsultation").getId();
        assertThat(FormText.read(tasks.getVariableLocal(prepare, "readyCommitments")))
                .contains(fixture.reference(first), fixture.reference(second));

        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        assertThatThrownBy(() -> tasks.complete(prepare, Map.of("opensOn", today.toString(),
                "closesOn", today.minusDays(1).toString()))).isInstanceOf(FormInputException.class)
                .hasMessageContaining("(closesOn)");
        for (String bad : List.of(today + "'; --", "0000-01-01", "+10000-01-01", "2010-01-01")) {
            assertThatThrownBy(() -> tasks.complete(prepare, Map.of("opensOn", bad,
                    "closesOn", today.plusDays(20).toString()))).isInstanceOf(FormInputException.class)
                    .hasMessageContaining("(opensOn)");
        }
        open(plan, prepare);

        long approved = consultations.comment(fixture.reference(first), comment("Publier les guichets en amazighe."),
                "fr", "192.0.2.10");
        long rejected = consultations.comment(fixture.reference(first), comment("Hors sujet"), "fr", "192.0.2.10");
        consultations.moderate(List.of(approved), true, null, LifecycleFixture.SECRETARY);
        consultations.moderate(List.of(rejected), false, RejectionReason.OFF_TOPIC, LifecycleFixture.SECRETARY);

        close(plan);

        assertThat(firstLifecycle).isWaitingAt("Task_ReviseAfterConsultation");
        assertThat(secondLifecycle).isWaitingAt("Task_ReviseAfterConsultation");
        String revise = task(firstLifecycle, "Task_ReviseAfterConsultation").getId();
        assertThat(FormText.read(tasks.getVariableLocal(revise, "consultationSummary")))
                .contains("Publier les guichets en amazighe.", "Amina B.").doesNotContain("Hors sujet");
        assertThat(jdbc.sql("SELECT received_count || '/' || approved_count FROM pan_comment_consolidation "
                + "WHERE commitment_id = ?").param(first).query(String.class).single()).isEqualTo("2/1");
        assertThatThrownBy(() -> consultations.comment(fixture.reference(first), comment("Trop tard"), "fr", "192.0.2.11"))
                .hasMessage("consultation.closed");

        management.createJobQuery().processInstanceId(plan.getId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(4); // one mail to the four focal points of the lead institution
        assertThat(Mails.recipients(mails[0])).contains("aameziane@pan3.example.org");
        assertThat(Mails.text(mails[0])).contains(fixture.reference(first) + " · ", "2 contribution(s) reçue(s), 1 publiée(s)",
                fixture.reference(second) + " · ", "0 contribution(s) reçue(s)");

        Map<String, Object> fiche = new HashMap<>(Map.of("title", "Services publics accessibles en amazighe",
                "problem", "Problème", "proposedSolution", "Solution", "ogpValues", List.of("CIVIC_PARTICIPATION"),
                "activities", List.of(Map.of("title", "Guichets bilingues", "startDate", "2024-09-01",
                        "endDate", "2025-06-30")), "indicators", List.of(Map.of("description", "Guichets ouverts"))));
        tasks.complete(revise, fiche);
        assertThat(firstLifecycle).isWaitingAt("Event_PlanAdopted").hasPassed("Task_RecordConsultationRevision");
        assertThat(commitments.getById(first).status()).isEqualTo(CommitmentStatus.ACCEPTED);
        assertThat(commitments.getById(first).currentVersionNo()).isEqualTo(2);
    }

    @Test
    void aDraftWithAThousandApprovedCommentsAtFullLengthClosesAndItsInstitutionSeesABoundedSummary() {
        long popular = fixture.commitment(3, "Publier les marchés publics en données ouvertes");
        ProcessInstance lifecycleOfPopular = accepted(popular);
        ProcessInstance plan = planAtPreparation();
        open(plan, task(plan, "Task_PrepareConsultation").getId());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String body = ("Contribution " + i + " ").repeat(500).substring(0, CommentForm.MAX_BODY);
            ids.add(consultations.comment(fixture.reference(popular), comment(body), "fr", "198.51.100." + i % 200));
        }
        consultations.moderate(ids, true, null, LifecycleFixture.SECRETARY);

        close(plan);

        assertThat(runtime.createIncidentQuery().list()).noneMatch(incident -> List.of(plan.getId(),
                lifecycleOfPopular.getId()).contains(incident.getProcessInstanceId()));
        assertThat(lifecycleOfPopular).isWaitingAt("Task_ReviseAfterConsultation");
        assertThat(jdbc.sql("SELECT received_count || '/' || approved_count FROM pan_comment_consolidation "
                + "WHERE commitment_id = ?").param(popular).query(String.class).single()).isEqualTo("1000/1000");
        String summary = FormText.read(tasks.getVariableLocal(
                task(lifecycleOfPopular, "Task_ReviseAfterConsultation").getId(), "consultationSummary"));
        assertThat(summary).startsWith("• Contribution 0 ").contains("Contribution 1 ")
                .endsWith("contribution(s) publiée(s), voir les données ouvertes : http://localhost:8080/donnees/"
                        + fixture.plan.code() + "/commentaires.csv");
        assertThat(summary.length()).isLessThan(21_000);
        int shown = summary.split("\n• ").length;
        assertThat(summary).contains("… et " + (1000 - shown) + " autre(s)");
    }

    private ProcessInstance planAtPreparation() {
        return runtime.createProcessInstanceByKey("action-plan-cocreation").businessKey(fixture.plan.code())
                .setVariable("planId", fixture.plan.id()).startBeforeActivity("Task_PrepareConsultation").execute();
    }

    /** Opens from today for 20 days: the opening timer fires at once. */
    private void open(ProcessInstance plan, String prepareTask) {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        tasks.complete(prepareTask, Map.of("opensOn", today.toString(), "closesOn", today.plusDays(20).toString()));
        management.executeJob(timer(plan, "Timer_ConsultationOpens").getId());
        assertThat(plan).isWaitingAt("CallActivity_ConsultationWindow");
    }

    /** The closing deadline passes. */
    private void close(ProcessInstance plan) {
        ProcessInstance window = runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
        management.executeJob(timer(window, "Timer_DeadlineReached").getId());
    }

    private ProcessInstance accepted(long commitmentId) {
        ProcessInstance instance = lifecycle.start(commitmentId);
        for (String reviewer : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer)
                    .singleResult().getId(), Map.of("observationText", "Favorable", "recommendedDecision", "ACCEPT"));
        }
        tasks.complete(task(instance, "Task_ConsolidateReview").getId(), Map.of("decision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Event_ConsultationClosed");
        return instance;
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult();
    }

    private static CommentForm comment(String body) {
        CommentForm form = new CommentForm();
        form.setBody(body);
        form.setName("Amina B.");
        form.setConsent(true);
        return form;
    }
}
