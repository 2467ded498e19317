package ma.ogp.pan.review;

import java.util.List;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.notification.DeadlineReminders;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the process scenarios share: the engine's services, camunda-bpm-assert, and a plan of their own. */
@PanIntegrationTest
abstract class ReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired CommitmentRepository commitments;
    @Autowired ReviewService reviews;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    LifecycleFixture fixture;

    @BeforeEach
    void setUpProcessTest() {
        BpmnAwareTests.init(engine);
        fixture = new LifecycleFixture(plans, committee, commitments);
    }

    @AfterEach
    void tearDownProcessTest() {
        identity.clearAuthentication();
        BpmnAwareTests.reset();
    }

    /** The plan's running reminders for a deadline: one deadline-notices instance per member, with no parent. */
    List<ProcessInstance> reminders(String deadlineKind) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineReminders.PROCESS)
                .processInstanceBusinessKeyLike(fixture.plan.code() + ":" + deadlineKind + ":%").list();
    }

    ProcessInstance reminderOf(String deadlineKind, String member) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineReminders.PROCESS)
                .processInstanceBusinessKey(fixture.plan.code() + ":" + deadlineKind + ":" + member).singleResult();
    }

    Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
