package ma.ogp.pan.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.web.PlanTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's due dates, as timer expressions read them ({@code ${deadlines.dueAt(planId, deadlineKind)}}), and
 * their extension: recorded, then every waiting timer re-planned through the {@code DeadlineExtended} message.
 */
@Service("deadlines")
@Transactional
public class DeadlineService {

    /** The timers that wait on a plan's deadline, in the lifecycles and in the plan's own assessment. */
    private static final List<String> DEADLINE_TIMERS = List.of("BoundaryEvent_ReviewRoundDue", "BoundaryEvent_AssessmentDue");

    /**
     * How long after a deadline the timers that back up the plan's close of a window fire (a lifecycle's review round):
     * never at the very moment the plan closes the window itself, which would make the two jobs collide.
     */
    public static final Duration SAFETY_NET = Duration.ofHours(1);

    private final ActionPlanRepository plans;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final PlanTime planTime;
    private final NotificationProperties settings;
    private final Clock clock;

    DeadlineService(ActionPlanRepository plans, RuntimeService runtime, TaskService tasks,
                    ManagementService management, NotificationProperties settings, Clock clock, PlanTime planTime) {
        this.planTime = planTime;
        this.management = management;
        this.clock = clock;
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Deadline get(long planId, String kind) {
        return plans.findDeadlines(planId).stream().filter(d -> d.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new BadUserRequestException("Le plan " + planId + " n'a pas d'échéance " + kind));
    }

    /** The plan's deadline of this kind, set to {@code dueAt} if the plan has none yet. */
    public Deadline getOrSet(long planId, String kind, OffsetDateTime dueAt) {
        return plans.findDeadlines(planId).stream().filter(d -> d.kind().equals(kind)).findFirst()
                .orElseGet(() -> plans.insert(new Deadline(null, planId, kind, dueAt, dueAt)));
    }

    /** For timer expressions and task due dates. */
    @Transactional(readOnly = true)
    public Date dueAt(long planId, String kind) {
        return Date.from(get(planId, kind).dueAt().toInstant());
    }

    /** A deadline given as a day ends at 23:59 in the co-creation's time zone. */
    public OffsetDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59)).atZone(settings.timeZone()).toOffsetDateTime();
    }

    /** The day a due date falls on in the co-creation's time zone. */
    public LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(settings.timeZone()).toLocalDate();
    }

    /** Records the extension, moves the revision tasks' due dates and re-plans every timer waiting on it. */
    public DeadlineExtension extend(long planId, String kind, OffsetDateTime newDueAt, String reason, String by) {
        Deadline deadline = get(planId, kind);
        if (newDueAt == null || !newDueAt.isAfter(deadline.dueAt())) {
            throw new FormInputException("newDueDate", "La nouvelle échéance doit être postérieure à l'actuelle ("
                    + planTime.dateTime(deadline.dueAt()) + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new FormInputException("extensionReason", "Le motif de la prolongation est obligatoire");
        }
        DeadlineExtension extension = new DeadlineExtension(deadline.id(), deadline.dueAt(), newDueAt, reason.strip(),
                by, OffsetDateTime.now(clock));
        plans.extend(extension);
        Date due = Date.from(newDueAt.toInstant());
        for (Task task : tasks.createTaskQuery().processVariableValueEquals("planId", planId)
                .taskDefinitionKey(CommitmentLifecycle.TASK_BY_DEADLINE.getOrDefault(kind, kind)).list()) {
            tasks.setDueDate(task.getId(), due);
        }
        Date previous = Date.from(deadline.dueAt().toInstant());
        Date previousSafetyNet = Date.from(deadline.dueAt().plus(SAFETY_NET).toInstant());
        for (Job job : DEADLINE_TIMERS.stream()
                .flatMap(timer -> management.createJobQuery().timers().activityId(timer).list().stream()).toList()) {
            boolean atDeadline = previous.equals(job.getDuedate());
            if ((atDeadline || previousSafetyNet.equals(job.getDuedate())) && Long.valueOf(planId).equals(
                    runtime.getVariable(job.getProcessInstanceId(), "planId"))) {
                management.setJobDuedate(job.getId(), atDeadline ? due : Date.from(newDueAt.plus(SAFETY_NET).toInstant()));
            }
        }
        runtime.createMessageCorrelation(Processes.DEADLINE_EXTENDED).processInstanceVariableEquals("planId", planId)
                .correlateAll();
        return extension;
    }
}
