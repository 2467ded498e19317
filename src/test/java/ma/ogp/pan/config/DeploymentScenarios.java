package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model and form of the repository is deployed, and a user task's Camunda Form resolves. */
@PanIntegrationTest
abstract class DeploymentScenarios {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired CommitmentRepository commitments;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    @Test
    void everyBpmnDmnAndFormFileOfTheRepositoryIsDeployed() throws IOException {
        List<String> inRepository = Stream.concat(files("processes"), files("forms")).toList();
        assertThat(inRepository).isNotEmpty();
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName)
                .map(name -> Path.of(name).getFileName().toString())
                .toList();
        assertThat(deployed).containsAll(inRepository);
    }

    @Test
    void theReviewTaskResolvesItsCamundaFormRef() throws IOException {
        long commitmentId = commitments.findByReference("PAN3-07").orElseThrow().id();
        ProcessInstance instance = lifecycle.start(commitmentId);
        assertThat(instance).isWaitingAt("Task_ReviewCommitment");

        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee("nlasfar")
                .initializeFormKeys().singleResult();
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("commitment-review");
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"commitment-review\"", "\"key\": \"observationText\"");
        }
        assertThat(tasks.getVariable(task.getId(), "ficheTitle"))
                .isEqualTo("Renforcement de la publication des données ouvertes et de leur réutilisation");
        runtime.deleteProcessInstance(instance.getId(), "test done");
    }

    private static Stream<String> files(String folder) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
                    .toList().stream();
        }
    }
}
