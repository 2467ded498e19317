package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import ma.ogp.pan.process.FormText;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A form's read-only text longer than Camunda's 4,000-character String column (a ranking of 22 commitments with 20
 * members' scores is ten times that) is stored and shown; as a copy of the application's tables, it is not copied
 * again into the engine's history (HistoryWithoutVariableDetails).
 */
class LongFormTextTest extends ReviewProcessTest {

    @Test
    void aReadOnlyTextOfTenThousandCharactersIsStoredWithItsTask() {
        ProcessInstance plan = runtime.createProcessInstanceByKey("action-plan-cocreation")
                .businessKey(fixture.plan.code()).setVariable("planId", fixture.plan.id())
                .startBeforeActivity("Task_CloseCallForCommitments").execute();
        String taskId = task(plan, "Task_CloseCallForCommitments").getId();
        String ranking = "1. PAN3-01 · Programme d'appui — TRANSFORMATIVE ; aameziane : MODERATE\n".repeat(200);
        assertThat(ranking.length()).isGreaterThan(10_000);

        tasks.setVariableLocal(taskId, "rankingSummary", FormText.of(ranking));

        assertThat(FormText.read(tasks.getVariableLocal(taskId, "rankingSummary"))).isEqualTo(ranking);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(taskId)
                .variableName("rankingSummary").count()).isZero();
    }
}
