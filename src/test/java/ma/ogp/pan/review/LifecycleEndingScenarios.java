package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.commitment.CommitmentStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every ending is drawn: a lifecycle the adoption finds before its final fiche ends in its event sub-process (no
 * delete), with its reminders and timers; the diverging gateways' default flows take the cautious path.
 */
abstract class LifecycleEndingScenarios extends ReviewProcessTest {

    @Autowired AdoptionService adoption;
    @Autowired HistoryService history;
    @Autowired ManagementService management;

    @Test
    void aPlanAdoptedDuringTheReviewEndsTheLifecycleInItsModel() {
        long id = fixture.commitment(1, "Accès des femmes à l'information juridique");
        ProcessInstance instance = lifecycle.start(id);
        assertThat(instance).isWaitingAt("Task_ReviewCommitment");

        adoption.adopt(fixture.plan.id(), SECRETARY);

        assertEndedBeforeTheFinalFiche(instance, id);
    }

    @Test
    void aPlanAdoptedDuringTheRevisionEndsTheLifecycleInItsModel() {
        long id = fixture.commitment(2, "Renforcement de la liberté de presse et de publication");
        ProcessInstance instance = consolidating(id);
        tasks.complete(task(instance, "Task_ConsolidateReview").getId(),
                Map.of("decision", "REVISE", "requestedChanges", List.of("ADD_ACTIVITIES")));
        assertThat(instance).isWaitingAt("Task_ReviseCommitment");
        assertThat(remindersOf(id)).isNotEmpty();

        adoption.adopt(fixture.plan.id(), SECRETARY);

        assertEndedBeforeTheFinalFiche(instance, id);
    }

    @Test
    void anUnknownDecisionGoesBackToTheSecretariat() {
        ProcessInstance instance = consolidating(fixture.commitment(3, "Budget ouvert des collectivités"));

        runtime.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity("Task_ConsolidateReview")
                .startBeforeActivity("Gateway_Decision").setVariable("decision", "POSTPONE").execute();

        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
    }

    @Test
    void aRevisedFicheNotAwaitedInDetailGoesBackToTheSecretariat() {
        ProcessInstance instance = consolidating(fixture.commitment(4, "Registre des bénéficiaires effectifs"));

        runtime.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity("Task_ConsolidateReview")
                .startBeforeActivity("Gateway_AfterRevision").setVariable("decision", "CANCEL").execute();

        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
    }

    @Test
    void noNoticePlannedEndsTheNoticesWithoutMail() {
        ProcessInstance notices = runtime.createProcessInstanceByKey("deadline-notices")
                .startBeforeActivity("Gateway_HasNotice").setVariable("hasNotice", false).execute();

        assertThat(notices).isEnded().hasPassed("EndEvent_NoMoreNotice");
    }

    private void assertEndedBeforeTheFinalFiche(ProcessInstance instance, long commitmentId) {
        assertThat(instance).isEnded().hasPassed("StartEvent_PlanAdoptedBeforeFinalFiche", "EndEvent_NotRetainedUnfinished");
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(remindersOf(commitmentId)).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(commitments.getById(commitmentId).status()).isEqualTo(CommitmentStatus.NOT_RETAINED);
    }

    /** The running deadline-notices instances the lifecycle called (a revision's), each holding a reminder timer. */
    private List<ProcessInstance> remindersOf(long commitmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deadline-notices")
                .variableValueEquals("commitmentId", commitmentId).list();
    }

    private ProcessInstance consolidating(long id) {
        ProcessInstance instance = lifecycle.start(id);
        for (String reviewer : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer)
                    .singleResult().getId(), Map.of("observationText", "Observation", "recommendedDecision", "REVISE"));
        }
        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        return instance;
    }
}
