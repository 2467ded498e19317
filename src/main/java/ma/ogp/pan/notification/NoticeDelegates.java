package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
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
 * Inputs of the called process: planId, commitmentId, deadlineKind, and reviewer (a member's review) or
 * focalPointsGroup (an institution's revision).
 */
@Configuration
class NoticeDelegates {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDelegates.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Bean
    JavaDelegate planNextNotice(DeadlineService deadlines, NoticePlanner planner, CommitmentRepository commitments,
                                Clock clock) {
        return execution -> {
            Deadline deadline = deadlines.get(planId(execution), kind(execution));
            Optional<Notice> next = planner.next(deadline, reference(commitments, execution), owner(execution),
                    OffsetDateTime.now(clock));
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
            Commitment commitment = commitments.getById(((Number) execution.getVariable("commitmentId")).longValue());
            String reviewer = (String) execution.getVariable("reviewer");
            TaskQuery query = tasks.createTaskQuery().processDefinitionKey(CommitmentLifecycle.PROCESS_KEY)
                    .processInstanceBusinessKey(commitment.reference())
                    .taskDefinitionKey(CommitmentLifecycle.TASK_BY_DEADLINE.get(kind(execution)));
            Task task = (reviewer != null ? query.taskAssignee(reviewer) : query).list().stream().findFirst()
                    .orElse(null);
            if (task == null) {
                LOG.info("No open task for {} any more: no notice", commitment.reference());
                return;
            }
            boolean escalation = Notice.Type.ESCALATION.name().equals(execution.getVariable("noticeType"));
            String due = deadlines.get(planId(execution), kind(execution)).dueAt()
                    .atZoneSameInstant(settings.timeZone()).format(WHEN);
            List<String> to = escalation ? recipients.ofGroup(CamundaGroups.SECRETARIAT)
                    : reviewer != null ? recipients.ofUser(reviewer)
                    : recipients.ofGroup((String) execution.getVariable("focalPointsGroup"));
            if (to.isEmpty()) {
                LOG.warn("Nobody with a mail address for {} of {}", owner(execution), commitment.reference());
                return;
            }
            String late = reviewer != null ? recipients.displayName(reviewer) : commitment.leadInstitutionName();
            Map<String, Object> model = Map.of("reference", commitment.reference(), "title", commitment.title(),
                    "taskName", task.getName(), "due", due, "taskLink", settings.taskLink(task.getId()),
                    "days", execution.getVariable("noticeDays") == null ? 0 : execution.getVariable("noticeDays"),
                    "late", late);
            String subject = (escalation ? "Retard : « " : "Relance : « ") + task.getName() + " » "
                    + (escalation ? "attendu le " : "avant le ") + due;
            mailer.send((String) execution.getVariable("noticeKey"),
                    new Mail(to, subject, escalation ? "escalation" : "reminder", model));
        };
    }

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable("planId")).longValue();
    }

    private static String kind(DelegateExecution execution) {
        return (String) execution.getVariable("deadlineKind");
    }

    private static String owner(DelegateExecution execution) {
        Object reviewer = execution.getVariable("reviewer");
        return reviewer != null ? reviewer.toString() : (String) execution.getVariable("focalPointsGroup");
    }

    private static String reference(CommitmentRepository commitments, DelegateExecution execution) {
        return commitments.getById(((Number) execution.getVariable("commitmentId")).longValue()).reference();
    }
}
