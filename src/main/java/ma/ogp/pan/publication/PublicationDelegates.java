package ma.ogp.pan.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publication steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class PublicationDelegates {

    @Bean
    JavaDelegate draftReasonedResponses(ReasonedResponseService responses) {
        return execution -> responses.draft(ProcessVariables.planId(execution), "système");
    }

    /** One row per response: what became of it, and the text the secretariat may edit. */
    @Bean
    TaskListener presentReasonedResponses(ReasonedResponseService responses) {
        return task -> task.getExecution().setVariable(ReasonedResponseService.FIELD, FormList.of(
                responses.responses(ProcessVariables.planId(task)).stream().map(r -> {
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
            responses.edit(ProcessVariables.planId(execution), texts, FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of(ReasonedResponseService.FIELD));
        };
    }

    @Bean
    JavaDelegate publishAccountability(ReasonedResponseService responses) {
        return execution -> responses.publish(ProcessVariables.planId(execution), FormSubmission.actor(execution, null));
    }

    /** One mail per idea whose author left an address: the published response and where to read them all. */
    @Bean
    JavaDelegate notifyIdeaAuthors(ReasonedResponseService responses, OnceOnlyMailer mailer,
                                   NotificationProperties settings) {
        return execution -> responses.ideaResponsesWithAuthorEmail(ProcessVariables.planId(execution)).forEach((idea, response) ->
                mailer.send("IDEA_RESPONSE:" + idea.id(), new Mail(List.of(idea.authorEmail()),
                        "Votre idée « " + idea.title() + " » : la réponse est publiée", "idea-response",
                        Map.of("idea", idea.title(), "outcome", response.outcome().label(), "text", response.text(),
                                "link", settings.baseUrl() + "/reponses"))));
    }

}
