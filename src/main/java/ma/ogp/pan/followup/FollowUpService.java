package ma.ogp.pan.followup;

import static java.util.stream.Collectors.groupingBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.followup.CommitmentDues.Pending;
import ma.ogp.pan.followup.CommitmentDues.Round;
import ma.ogp.pan.followup.FollowUpRepository.Participation;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owes what on a plan's commitments. The open tasks come from one engine query for the whole plan, grouped here by
 * commitment; the rest from a few plan-wide queries of the pan_ tables: the page costs the same for 2 commitments
 * or 22 with 20 reviewers each.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private static final String REVIEW = "Task_ReviewCommitment";
    private static final String CONSOLIDATION = "Task_ConsolidateReview";
    private static final Set<String> REVISIONS = Set.of("Task_ReviseCommitment", "Task_ReviseAfterConsultation");
    private static final Comparator<Who> BY_NAME = Comparator.comparing(Who::name, String.CASE_INSENSITIVE_ORDER);

    private final CommitmentRepository commitments;
    private final FollowUpRepository repository;
    private final TaskService tasks;
    private final Clock clock;

    FollowUpService(CommitmentRepository commitments, FollowUpRepository repository, TaskService tasks,
                    Clock clock) {
        this.commitments = commitments;
        this.repository = repository;
        this.tasks = tasks;
        this.clock = clock;
    }

    public List<CommitmentDues> of(ActionPlan plan) {
        Map<String, Long> lifecycles = repository.findLifecycles(plan.id());
        Map<Long, List<Task>> openTasks = lifecycles.isEmpty() ? Map.of()
                : tasks.createTaskQuery().processInstanceIdIn(lifecycles.keySet().toArray(String[]::new)).list()
                        .stream().collect(groupingBy(t -> lifecycles.get(t.getProcessInstanceId())));
        Map<Long, List<Participation>> participation = repository.findParticipation(plan.id()).stream()
                .collect(groupingBy(Participation::commitmentId));
        Map<Long, Integer> decisions = repository.findDecisionCounts(plan.id());
        Map<String, Who> people = repository.findPeople();
        Instant now = clock.instant();
        return commitments.findByPlan(plan.id()).stream().map(commitment -> {
            List<Task> open = openTasks.getOrDefault(commitment.id(), List.of());
            return new CommitmentDues(commitment,
                    round(open, participation.getOrDefault(commitment.id(), List.of()),
                            decisions.getOrDefault(commitment.id(), 0), people, now),
                    open.stream().filter(t -> t.getTaskDefinitionKey().equals(CONSOLIDATION)).findFirst()
                            .map(t -> pending(t, t.getAssignee() == null ? "Secrétariat (non prise en charge)"
                                    : who(people, t.getAssignee()).toString(), now)).orElse(null),
                    open.stream().filter(t -> REVISIONS.contains(t.getTaskDefinitionKey()))
                            .map(t -> pending(t, revisionHolder(commitment, t, people), now)).toList());
        }).toList();
    }

    /**
     * The round in progress (its review tasks open: its number is the decisions taken before it), else the latest
     * closed one, else none. Who is missing: the holders of its open tasks, or those recorded missing at its close.
     */
    private Round round(List<Task> open, List<Participation> rows, int decisions, Map<String, Who> people,
                        Instant now) {
        List<Task> reviews = open.stream().filter(t -> t.getTaskDefinitionKey().equals(REVIEW)).toList();
        boolean inProgress = !reviews.isEmpty();
        Integer number = inProgress ? Integer.valueOf(decisions)
                : rows.stream().map(Participation::roundNo).max(Integer::compare).orElse(null);
        if (number == null) {
            return null;
        }
        List<Participation> ofRound = rows.stream().filter(p -> p.roundNo() == number).toList();
        List<Who> received = ofRound.stream().filter(Participation::submitted)
                .map(p -> who(people, p.reviewerLogin())).sorted(BY_NAME).toList();
        List<Who> missing = (inProgress ? reviews.stream().map(Task::getAssignee)
                : ofRound.stream().filter(p -> !p.submitted()).map(Participation::reviewerLogin))
                .map(login -> who(people, login)).sorted(BY_NAME).toList();
        Date due = reviews.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Date::compareTo).orElse(null);
        return new Round(number + 1, inProgress, received, missing, utc(due), late(due, now));
    }

    private Pending pending(Task task, String holder, Instant now) {
        return new Pending(holder, utc(task.getDueDate()), late(task.getDueDate(), now),
                NotificationProperties.taskPath(task.getId()));
    }

    /** The institution's focal points; the one among them who took the task, if one did. */
    private static String revisionHolder(Commitment commitment, Task task, Map<String, Who> people) {
        return commitment.leadInstitutionName() + (task.getAssignee() == null ? ""
                : " – pris en charge par " + who(people, task.getAssignee()).name());
    }

    private static Who who(Map<String, Who> people, String login) {
        Who known = login == null ? null : people.get(login);
        return known != null ? known : Who.unknown(login);
    }

    /** The engine's date as an instant; pages show it in the plan's zone (PlanTime). */
    private static OffsetDateTime utc(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static boolean late(Date due, Instant now) {
        return due != null && due.toInstant().isBefore(now);
    }
}
