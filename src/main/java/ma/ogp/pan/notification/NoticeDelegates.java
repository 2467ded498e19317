package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of deadline-notices.bpmn: plan the next reminder or escalation for whoever owes the work, send it.
 * Inputs of the called process: planId, commitmentId, deadlineKind, and reviewer (a member's review or assessment)
 * or focalPointsGroup (an institution's revision). A notice lists every task the owner still has for that deadline.
 */
@Configuration
class NoticeDelegates {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDelegates.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Bean
    JavaDelegate planNextNotice(DeadlineService deadlines, NoticePlanner planner, Clock clock) {
        return execution -> {
            Deadline deadline = deadlines.get(ProcessVariables.planId(execution), kind(execution));
            Optional<Notice> next = planner.next(deadline, owner(execution), OffsetDateTime.now(clock));
            execution.setVariable("hasNotice", next.isPresent());
            execution.setVariable("noticeAt", next.map(n -> Date.from(n.at().toInstant())).orElse(null));
            execution.setVariable("noticeType", next.map(n -> n.type().name()).orElse(null));
            execution.setVariable("noticeDays", next.map(Notice::days).orElse(null));
            execution.setVariable("noticeKey", next.map(Notice::key).orElse(null));
        };
    }

    @Bean
    JavaDelegate sendNotice(DeadlineService deadlines, CommitmentRepository commitments, TaskService tasks,
                            Recipients recipients, OnceOnlyMailer mailer, NotificationProperties settings) {
        return execution -> {
            String reviewer = (String) execution.getVariable("reviewer");
            String group = (String) execution.getVariable("focalPointsGroup");
            TaskQuery query = tasks.createTaskQuery().processVariableValueEquals("planId", ProcessVariables.planId(execution))
                    .taskDefinitionKey(CommitmentLifecycle.TASK_BY_DEADLINE.get(kind(execution)));
            List<Task> open = (reviewer != null ? query.taskAssignee(reviewer) : query.taskCandidateGroup(group))
                    .orderByTaskName().asc().list();
            if (open.isEmpty()) {
                LOG.info("{} owes nothing any more for {}: no notice", owner(execution), kind(execution));
                return;
            }
            boolean escalation = Notice.Type.ESCALATION.name().equals(execution.getVariable("noticeType"));
            List<String> to = escalation ? recipients.ofGroup(CamundaGroups.SECRETARIAT)
                    : reviewer != null ? recipients.ofUser(reviewer) : recipients.ofGroup(group);
            if (to.isEmpty()) {
                LOG.warn("Nobody with a mail address to tell about {} of {}", kind(execution), owner(execution));
                return;
            }
            String due = deadlines.get(ProcessVariables.planId(execution), kind(execution)).dueAt()
                    .atZoneSameInstant(settings.timeZone()).format(WHEN);
            String late = reviewer != null ? recipients.displayName(reviewer)
                    : commitments.getById(ProcessVariables.commitmentId(execution)).leadInstitutionName();
            List<String> lines = open.stream().map(t -> t.getName() + " : " + settings.taskLink(t.getId())).toList();
            Object days = execution.getVariable("noticeDays");
            String subject = escalation
                    ? "Retard : " + late + " – " + open.size() + " tâche(s) attendue(s) le " + due
                    : "Relance : " + open.size() + " tâche(s) à terminer avant le " + due;
            mailer.send((String) execution.getVariable("noticeKey"), new Mail(to, subject,
                    escalation ? "escalation" : "reminder",
                    Map.of("due", due, "tasks", lines, "late", late, "days", days == null ? 0 : days)));
        };
    }

    private static String kind(DelegateExecution execution) {
        return (String) execution.getVariable("deadlineKind");
    }

    private static String owner(DelegateExecution execution) {
        Object reviewer = execution.getVariable("reviewer");
        return reviewer != null ? reviewer.toString() : (String) execution.getVariable("focalPointsGroup");
    }
}
