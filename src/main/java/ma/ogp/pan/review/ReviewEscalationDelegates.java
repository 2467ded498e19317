package ma.ogp.pan.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation of action-plan-cocreation.bpmn's review window: the review stage knows who sent nothing, so the
 * plan's process calls it here rather than the plan reaching into the review.
 */
@Configuration
class ReviewEscalationDelegates {

    private static final String CONSOLIDATION = "Task_ConsolidateReview";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    /** One mail to the secretariat naming, per commitment, the members who sent nothing, with links to decide. */
    @Bean
    JavaDelegate sendReviewEscalation(CommitmentRepository commitments, ReviewService reviews,
                                      DeadlineService deadlines, Recipients recipients, OnceOnlyMailer mailer,
                                      NotificationProperties settings, TaskService tasks) {
        return execution -> {
            Deadline deadline = deadlines.get(ProcessVariables.planId(execution), Deadline.REVIEW_COMMENTS);
            List<String> lines = new ArrayList<>();
            List<String> consolidations = new ArrayList<>();
            for (var c : commitments.findByPlan(ProcessVariables.planId(execution)).stream()
                    .sorted(Comparator.comparing(Commitment::reference)).toList()) {
                tasks.createTaskQuery().taskDefinitionKey(CONSOLIDATION).processVariableValueEquals("commitmentId", c.id())
                        .list().forEach(t -> consolidations.add(t.getName() + " : " + settings.taskLink(t.getId())));
                List<String> missing = reviews.missingReviewers(c.id());
                if (!missing.isEmpty()) {
                    lines.add(c.reference() + " « " + c.title() + " » : "
                            + String.join(", ", missing.stream().map(recipients::displayName).toList()));
                }
            }
            List<String> to = recipients.ofGroup(CamundaGroups.SECRETARIAT);
            if (!lines.isEmpty() && !to.isEmpty()) {
                String due = deadline.dueAt().atZoneSameInstant(settings.timeZone()).format(DAY);
                mailer.send("REVIEW_WINDOW_CLOSED:" + deadline.planId() + ":" + deadline.dueAt().toEpochSecond(),
                        new Mail(to, "Fenêtre d'examen close le " + due + " : observations manquantes",
                                "review-window-closed", Map.of("due", due, "lines", lines, "consolidations", consolidations)));
            }
        };
    }
}
