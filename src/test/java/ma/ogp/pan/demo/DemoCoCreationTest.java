package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ma.ogp.pan.process.Processes;
import ma.ogp.pan.support.Http;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A first start with the demo's co-creation: the application accepts traffic before the background starts the first
 * instance, and the background then starts every instance of PAN3's review once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pan.demo.start-co-creation=true")
@ActiveProfiles("test")
@Import(DemoCoCreationTest.Readiness.class)
@DirtiesContext
class DemoCoCreationTest {

    @Autowired DemoCoCreation demo;
    @Autowired Readiness readiness;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @LocalServerPort int port;

    @Test
    void theWebAnswersBeforeTheCoCreationStartsInTheBackgroundWhichStartsEveryInstanceOnce() throws Exception {
        Http http = new Http(port);
        assertThat(http.getHtml("/").statusCode()).isEqualTo(200);
        assertThat(http.getHtml("/login").statusCode()).isEqualTo(200);

        demo.finished().get(2, TimeUnit.MINUTES);

        List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery().list();
        assertThat(started).isNotEmpty().allSatisfy(instance ->
                assertThat(instance.getStartTime()).as("started once the web accepted traffic")
                        .isAfterOrEqualTo(readiness.acceptingTrafficAt));
        assertThat(started).filteredOn(i -> i.getProcessDefinitionKey().equals(Processes.COMMITMENT_LIFECYCLE))
                .extracting(HistoricProcessInstance::getBusinessKey).hasSize(22).doesNotHaveDuplicates();
        assertThat(started).filteredOn(i -> i.getProcessDefinitionKey().equals(Processes.ACTION_PLAN_COCREATION))
                .extracting(HistoricProcessInstance::getBusinessKey).containsExactly("PAN3");
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ReviewCommitment").count()).isEqualTo(22 * 20);
        assertThat(http.get("/actuator/health", "oelmoustamide", "demo").body())
                .contains("\"demo\"", "Démo PAN3 : co-création démarrée");
    }

    /** When the application started to accept traffic, on the engine's clock (the one history records). */
    @TestConfiguration
    static class Readiness {

        volatile Date acceptingTrafficAt;

        @EventListener
        void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                acceptingTrafficAt = ClockUtil.getCurrentTime();
            }
        }
    }
}
