package ma.ogp.pan.notification;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails of new tasks every {@code pan.notification.task-mail-interval}: one mail per person listing the
 * tasks created for her since, sorted by reference, so that 22 reviews opened at once make one mail. Tasks completed
 * or deleted meanwhile are left out. Each person's mail is a unit of work of its own: her rows are locked (another
 * node skips them), the mail goes through {@link OnceOnlyMailer} under a key named after her first row, and the rows
 * are deleted in the same transaction. SMTP refusing a mail stops the round; the next round sends what is left, and
 * a mail already marked sent is not sent again.
 */
@Component
public class TaskMailSender {

    private static final Logger LOG = LoggerFactory.getLogger(TaskMailSender.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
    private static final int SUBJECT_LENGTH = 200;

    private final TaskMailOutbox outbox;
    private final OnceOnlyMailer mailer;
    private final TaskService tasks;
    private final CommitmentRepository commitments;
    private final ActionPlanRepository plans;
    private final NotificationProperties settings;
    private final TransactionTemplate ownTransaction;

    TaskMailSender(TaskMailOutbox outbox, OnceOnlyMailer mailer, TaskService tasks, CommitmentRepository commitments,
                   ActionPlanRepository plans, NotificationProperties settings, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.tasks = tasks;
        this.commitments = commitments;
        this.plans = plans;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /** Sends every mail owed; returns how many went out (SMTP failing: those before the failure). */
    @Scheduled(fixedDelayString = "${pan.notification.task-mail-interval:PT1M}",
            initialDelayString = "${pan.notification.task-mail-interval:PT1M}")
    public int sendDue() {
        Map<String, Optional<TaskLine>> lines = new HashMap<>();
        int sent = 0;
        for (String recipient : outbox.recipients()) {
            try {
                if (Boolean.TRUE.equals(ownTransaction.execute(status -> sendTo(recipient, lines)))) {
                    sent++;
                }
            } catch (MailException e) {
                LOG.warn("Mails of new tasks: SMTP refused one ({}); the next round sends those left", e.getMessage());
                return sent;
            }
        }
        return sent;
    }

    private boolean sendTo(String recipient, Map<String, Optional<TaskLine>> known) {
        List<TaskMailOutbox.Row> rows = outbox.lock(recipient);
        if (rows.isEmpty()) {
            return false; // another node is sending them
        }
        List<TaskLine> open = rows.stream().map(TaskMailOutbox.Row::taskId).distinct()
                .flatMap(id -> known.computeIfAbsent(id, this::line).stream())
                .sorted(Comparator.comparing(TaskLine::reference).thenComparing(TaskLine::name)).toList();
        if (!open.isEmpty()) {
            mailer.send("TASKS:" + recipient + ":" + rows.get(0).id(),
                    new Mail(List.of(recipient), subject(open), "task-created", Map.of("tasks", open)));
        }
        outbox.delete(rows);
        return !open.isEmpty();
    }

    /** The task as the mail shows it, or nothing once it is completed or deleted. */
    private Optional<TaskLine> line(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Map<String, Object> variables = tasks.getVariables(taskId,
                List.of("commitmentId", "planId", "requestedChangesSummary", "decisionReason"));
        String reference = "";
        String why = "";
        if (variables.get("commitmentId") instanceof Number id) {
            Commitment commitment = commitments.getById(id.longValue());
            reference = commitment.reference();
            why = "Engagement " + reference + " « " + commitment.title() + " », porté par "
                    + commitment.leadInstitutionName();
        } else if (variables.get("planId") instanceof Number id) {
            ActionPlan plan = plans.getById(id.longValue());
            reference = plan.code();
            why = "Plan d'action national " + plan.code() + " « " + plan.title() + " »";
        }
        // what the committee asked of a revision (presentForRevision put it on the task)
        String reason = text(variables.get("decisionReason"));
        String request = Stream.of(text(variables.get("requestedChangesSummary")), reason.isEmpty() ? "" : "Motif : " + reason)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
        String due = task.getDueDate() == null ? ""
                : task.getDueDate().toInstant().atZone(settings.timeZone()).format(WHEN);
        return Optional.of(new TaskLine(reference, task.getName(), why, request, due, settings.taskLink(taskId)));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String subject(List<TaskLine> open) {
        String subject = open.size() == 1
                ? "Nouvelle tâche : " + open.get(0).name()
                        + (open.get(0).due().isEmpty() ? "" : " – avant le " + open.get(0).due())
                : open.size() + " nouvelles tâches vous attendent dans l'application du PAN";
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
