package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A first start that stopped in the middle of the demo's co-creation (a crash after 5 of the 22 commitments entered
 * review) is resumed by the next start, and starting it again starts nothing twice. A context of its own (the
 * demo loaded, its co-creation not started, as in the other tests), closed after this class.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class DemoCoCreationResumedTest {

    @Autowired DemoCoCreation demo;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired ActionPlanRepository plans;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    @Test
    void aCoCreationStoppedInTheMiddleIsResumedAndNothingIsStartedTwice() {
        long planId = plans.getByCode("PAN3").id();
        List<Commitment> awaiting = lifecycle.awaitingStart(planId);
        assertThat(awaiting).hasSize(22);
        awaiting.subList(0, 5).forEach(c -> lifecycle.start(c.id()));
        demo.startWhenReady("PAN3");
        assertThat(demo.progress()).isEqualTo("Démo PAN3 : co-création en cours de démarrage, 5/22 engagements en examen");
        assertThat(demo.isStarting()).as("the demo clock refuses to move").isTrue();

        demo.run();
        demo.run();

        List<ProcessInstance> running = runtime.createProcessInstanceQuery().list();
        assertThat(running).filteredOn(i -> i.getProcessDefinitionId().startsWith(Processes.COMMITMENT_LIFECYCLE + ":"))
                .extracting(ProcessInstance::getBusinessKey).hasSize(22).doesNotHaveDuplicates();
        assertThat(running).filteredOn(i -> i.getProcessDefinitionId().startsWith(Processes.ACTION_PLAN_COCREATION + ":"))
                .extracting(ProcessInstance::getBusinessKey).containsExactly("PAN3");
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ReviewCommitment").count()).isEqualTo(22 * 20);
        assertThat(demo.finished()).isCompleted();
        assertThat(demo.progress()).isEqualTo("Démo PAN3 : co-création démarrée");
        assertThat(demo.isStarting()).isFalse();
    }
}
