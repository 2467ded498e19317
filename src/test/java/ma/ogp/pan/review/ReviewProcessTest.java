package ma.ogp.pan.review;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
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

    Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
