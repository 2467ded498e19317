package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of deadline-notices.bpmn: plan the next reminder or escalation for whoever owes the work, send it.
 * Inputs: planId, deadlineKind, and reviewer (a member's reviews or assessment, started once per member by
 * {@link DeadlineReminders}) or focalPointsGroup and commitmentId (an institution's revision, called by the
 * lifecycle). A notice lists every task the owner still has for that deadline, by commitment reference.
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

    /** Sends the notice if the owner still owes work ({@code stillOwed}: else the reminders end here). */
    @Bean
    JavaDelegate sendNotice(DeadlineService deadlines, CommitmentRepository commitments, TaskService tasks,
                            RuntimeService runtime, Recipients recipients, OnceOnlyMailer mailer,
                            NotificationProperties settings) {
        return execution -> {
            String reviewer = (String) execution.getVariable("reviewer");
            String group = (String) execution.getVariable("focalPointsGroup");
            TaskQuery query = tasks.createTaskQuery().processVariableValueEquals("planId", ProcessVariables.planId(execution))
                    .taskDefinitionKey(CommitmentLifecycle.TASK_BY_DEADLINE.get(kind(execution)));
            List<Task> open = (reviewer != null ? query.taskAssignee(reviewer) : query.taskCandidateGroup(group)).list();
            execution.setVariable("stillOwed", !open.isEmpty());
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
            List<OwedTask> owed = owed(open, runtime, settings);
            int days = execution.getVariable("noticeDays") instanceof Integer d ? d : 0;
            String subject = escalation
                    ? "Retard : " + late + " – " + open.size() + " tâche(s) attendue(s) le " + due
                    : reminderSubject(days, settings.reminderOffsetDays(), open.size(), due);
            mailer.send((String) execution.getVariable("noticeKey"), new Mail(to, subject,
                    escalation ? "escalation" : "reminder", Map.of("due", due, "late", late, "days", days,
                            "tasks", owed.stream().map(OwedTask::line).toList())));
        };
    }

    /**
     * The reminders at the configured offsets (7, 3, 1 days by default) read differently: "Rappel", then
     * "Avant-dernier rappel", then "Dernier rappel", each saying when the work is due.
     */
    static String reminderSubject(int days, List<Integer> offsets, int count, String due) {
        int fromLast = offsets.stream().sorted().toList().indexOf(days);
        String which = fromLast == 0 ? "Dernier rappel" : fromLast == 1 ? "Avant-dernier rappel" : "Rappel";
        String when = days == 1 ? "demain" : "dans " + days + " jours";
        return which + " : " + count + " tâche(s) à terminer " + when + ", avant le " + due;
    }

    /**
     * The open tasks by commitment reference (their instance's business key), each with the committee's request; the
     * requests of all the tasks read in one query, not one per task (a member may owe hundreds of reviews).
     */
    private static List<OwedTask> owed(List<Task> open, RuntimeService runtime, NotificationProperties settings) {
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId,
                        p -> Optional.ofNullable(p.getBusinessKey()).orElse("")));
        Map<String, Map<String, Object>> local = new HashMap<>();
        runtime.createVariableInstanceQuery().taskIdIn(open.stream().map(Task::getId).toArray(String[]::new))
                .variableNameIn(OwedTask.REQUEST_VARIABLES.toArray(String[]::new)).list()
                .forEach(v -> local.computeIfAbsent(v.getTaskId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
        return open.stream().map(t -> new OwedTask(references.getOrDefault(t.getProcessInstanceId(), ""), t.getName(),
                        settings.taskLink(t.getId()), request(local.getOrDefault(t.getId(), Map.of()))))
                .sorted(Comparator.comparing(OwedTask::reference).thenComparing(OwedTask::name))
                .toList();
    }

    /** What the committee asked of a revision, as its task shows it; empty for other tasks. */
    private static String request(Map<String, Object> local) {
        return OwedTask.REQUEST_VARIABLES.stream().map(local::get).filter(v -> v instanceof String s && !s.isBlank())
                .map(v -> ((String) v).strip().replace("\n", ", ")).collect(Collectors.joining(" – "));
    }

    private static String kind(DelegateExecution execution) {
        return (String) execution.getVariable("deadlineKind");
    }

    private static String owner(DelegateExecution execution) {
        Object reviewer = execution.getVariable("reviewer");
        return reviewer != null ? reviewer.toString() : (String) execution.getVariable("focalPointsGroup");
    }
}
