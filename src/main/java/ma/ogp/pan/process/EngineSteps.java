package ma.ogp.pan.process;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Finds the form of the step a person is doing and holds her submission to its contract. */
@Component
public class EngineSteps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormContract NO_FORM = new FormContract("(aucun)", Map.of());

    private final FormContracts contracts;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final FormService forms;
    private final IdentityService identity;

    EngineSteps(FormContracts contracts, TaskService tasks, RepositoryService repository, FormService forms,
                IdentityService identity) {
        this.contracts = contracts;
        this.tasks = tasks;
        this.repository = repository;
        this.forms = forms;
        this.identity = identity;
    }

    boolean taskExists(String taskId) {
        return asSystem(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    /** Checked whoever may see the task (the engine then decides whether the caller may do it); none: a 404. */
    ObjectNode checkTaskForm(String taskId, JsonNode variables) {
        Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        if (task == null) {
            throw new EngineInputGuard.Refusal(HttpServletResponse.SC_NOT_FOUND, "Tâche introuvable");
        }
        return contract(task.getCamundaFormRef()).check(variables, name -> asSystem(() -> presented(taskId, name)));
    }

    /** Only a process with a start form is started by a person; the others start from the application. */
    ObjectNode checkStartForm(String key, String definitionId, JsonNode variables) {
        ProcessDefinition definition = asSystem(() -> key != null
                ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                : repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
        if (definition == null) {
            return variables instanceof ObjectNode object ? object : JSON.createObjectNode();
        }
        CamundaFormRef form = asSystem(() -> forms.getStartFormData(definition.getId()).getCamundaFormRef());
        if (form == null) {
            throw EngineInputGuard.Refusal.forbidden("Ce processus est démarré par l'application, pas par une personne");
        }
        return contract(form).check(variables, name -> null);
    }

    private FormContract contract(CamundaFormRef form) {
        return form == null ? NO_FORM : contracts.forForm(form.getKey()).orElseThrow(() ->
                new IllegalStateException("No contract for form " + form.getKey()));
    }

    /** A list as the server put it on the task (JSON variable or JSON text), for its read-only columns. */
    private JsonNode presented(String taskId, String name) {
        Object value = tasks.getVariable(taskId, name);
        String text = value instanceof SpinJsonNode node ? node.toString() : value instanceof String s ? s : null;
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Reads that the step itself needs, whatever the caller may read. */
    private <T> T asSystem(Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
