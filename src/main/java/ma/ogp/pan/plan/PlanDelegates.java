package ma.ogp.pan.plan;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleEntry;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.ProcessVariables;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of action-plan-cocreation.bpmn and deadline-window.bpmn, named as in the models. */
@Configuration
class PlanDelegates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    /** Starts the lifecycle of every submitted commitment of the plan that has none running. */
    @Bean
    JavaDelegate startCommitmentReviews(CommitmentLifecycle lifecycle) {
        return execution -> lifecycle.awaitingStart(ProcessVariables.planId(execution)).forEach(c -> lifecycle.start(c.id()));
    }

    @Bean
    TaskListener presentDeadline(DeadlineService deadlines, NotificationProperties settings) {
        return task -> {
            Deadline deadline = deadlines.get(ProcessVariables.planId(task), (String) task.getVariable("deadlineKind"));
            task.setVariableLocal("deadlineLabel", deadline.label());
            task.setVariableLocal("currentDueAt", deadline.dueAt().atZoneSameInstant(settings.timeZone()).format(DAY));
        };
    }

    /** Records the extension asked in the form (newDueDate, extensionReason); a bad one is a 400. */
    @Bean
    JavaDelegate extendDeadline(DeadlineService deadlines) {
        return execution -> {
            Object day = execution.getVariable("newDueDate");
            LocalDate newDay;
            try {
                newDay = day == null ? null : Days.parse(day.toString());
            } catch (DateTimeParseException e) {
                throw new FormInputException("newDueDate", "Date illisible, attendue sous la forme AAAA-MM-JJ");
            }
            DeadlineExtension extension = deadlines.extend(ProcessVariables.planId(execution), kind(execution),
                    newDay == null ? null : deadlines.endOfDay(newDay), (String) execution.getVariable("extensionReason"),
                    FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of("newDueDate", "extensionReason"));
            execution.setVariable("extendedTo", Date.from(extension.newDueAt().toInstant()));
        };
    }

    /** Tells everyone who still owes work by this deadline that it moved and why: one mail per person. */
    @Bean
    JavaDelegate notifyExtension(DeadlineService deadlines, ActionPlanRepository plans, TaskService tasks,
                                 RuntimeService runtime, Recipients recipients, OnceOnlyMailer mailer,
                                 NotificationProperties settings) {
        return execution -> {
            Deadline deadline = deadlines.get(ProcessVariables.planId(execution), kind(execution));
            List<Task> open = tasks.createTaskQuery().processVariableValueEquals("planId", ProcessVariables.planId(execution))
                    .taskDefinitionKey(CommitmentLifecycle.TASK_BY_DEADLINE.get(deadline.kind()))
                    .orderByTaskName().asc().list();
            Map<String, List<String>> tasksByRecipient = open.stream()
                    .flatMap(task -> owners(task, runtime, recipients).map(mail -> new SimpleEntry<>(mail, task)))
                    .collect(groupingBy(SimpleEntry::getKey, mapping(e -> e.getValue().getName() + " : "
                            + settings.taskLink(e.getValue().getId()), toList())));
            String due = deadline.dueAt().atZoneSameInstant(settings.timeZone()).format(DAY);
            List<DeadlineExtension> extensions = plans.findExtensions(deadline.id());
            String reason = extensions.isEmpty() ? "" : extensions.get(extensions.size() - 1).reason();
            tasksByRecipient.forEach((to, lines) -> mailer.send(
                    "EXTENSION:" + deadline.kind() + ":" + deadline.planId() + ":" + deadline.dueAt().toEpochSecond() + ":" + to,
                    new Mail(List.of(to), "Délai prolongé jusqu'au " + due, "deadline-extended",
                            Map.of("due", due, "reason", reason, "tasks", lines))));
        };
    }

    /** Closes the review round of every commitment of the plan. */
    @Bean
    JavaDelegate closeReviewWindow(RuntimeService runtime) {
        return execution -> runtime.createMessageCorrelation(Processes.REVIEW_WINDOW_CLOSED)
                .processInstanceVariableEquals("planId", ProcessVariables.planId(execution)).correlateAll();
    }

    private static Stream<String> owners(Task task, RuntimeService runtime, Recipients recipients) {
        if (task.getAssignee() != null) {
            return recipients.ofUser(task.getAssignee()).stream();
        }
        Object group = runtime.getVariable(task.getProcessInstanceId(), "focalPointsGroup");
        return group == null ? Stream.empty() : recipients.ofGroup(group.toString()).stream();
    }

    private static String kind(DelegateExecution execution) {
        return (String) execution.getVariable("deadlineKind");
    }
}
