package ma.ogp.pan.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.FormList;
import ma.ogp.pan.commitment.FormSubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publication steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class PublicationDelegates {

    @Bean
    JavaDelegate draftReasonedResponses(ReasonedResponseService responses) {
        return execution -> responses.draft(planId(execution), "système");
    }

    /** One row per response: what became of it, and the text the secretariat may edit. */
    @Bean
    TaskListener presentReasonedResponses(ReasonedResponseService responses) {
        return task -> task.getExecution().setVariable(ReasonedResponseService.FIELD, FormList.of(
                responses.responses(planId(task.getExecution())).stream().map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("reference", r.reference());
                    row.put("title", r.title());
                    row.put("outcome", r.outcome().label());
                    row.put("text", r.text());
                    return row;
                }).toList()));
    }

    @Bean
    JavaDelegate recordReasonedResponses(ReasonedResponseService responses) {
        return execution -> {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map<String, Object> row : FormList.read(execution.getVariable(ReasonedResponseService.FIELD),
                    ReasonedResponseService.FIELD)) {
                texts.put(FormList.text(row, "reference"), FormList.text(row, "text"));
            }
            responses.edit(planId(execution), texts, FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of(ReasonedResponseService.FIELD));
        };
    }

    @Bean
    JavaDelegate publishAccountability(ReasonedResponseService responses) {
        return execution -> responses.publish(planId(execution), FormSubmission.actor(execution, null));
    }

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable("planId")).longValue();
    }
}
