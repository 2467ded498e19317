package ma.ogp.pan.review;

import static ma.ogp.pan.process.ProcessVariables.commitmentId;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.committee.PersonNames;
import ma.ogp.pan.commitment.CommitmentPresenter;
import ma.ogp.pan.notification.DeadlineReminders;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of the committee review, named as in commitment-lifecycle.bpmn. */
@Configuration
class ReviewDelegates {

    private static final List<String> REVIEW_INPUTS = List.of("observationText", "suggestions", "recommendedDecision");
    private static final List<String> DECISION_INPUTS =
            List.of("requestedChanges", "decisionReason", "mergeTargetReference", "consolidationTaskId");

    /**
     * The next round: its number ({@code reviewRound}) and reviewers ({@code reviewers}), civil society only when
     * its remarks are awaited.
     */
    @Bean
    JavaDelegate selectReviewers(ReviewService reviews, CommitmentPresenter presenter) {
        return execution -> {
            execution.setVariable("reviewRound", reviews.nextRound(commitmentId(execution)));
            execution.setVariable("reviewers", reviews.reviewers(
                    ProcessVariables.planId(execution),
                    ReviewDecisionKind.AWAIT_CIVIL_SOCIETY_REMARKS.name().equals(execution.getVariable("decision"))));
            // one copy of the fiche for the round's review tasks, not one per member: removed when the round closes
            execution.setVariables(presenter.fiche(commitmentId(execution)));
        };
    }

    /** The review window opens: one reminders instance per committee member, for every review they will owe. */
    @Bean
    JavaDelegate startReviewReminders(ReviewService reviews, DeadlineReminders reminders) {
        return execution -> {
            long planId = ProcessVariables.planId(execution);
            reminders.start(execution.getProcessBusinessKey(), planId, Deadline.REVIEW_COMMENTS,
                    reviews.reviewers(planId, false));
        };
    }

    /** Names the task after the commitment; its fiche is the round's copy (selectReviewers). */
    @Bean
    TaskListener presentForReview(CommitmentPresenter presenter) {
        return task -> presenter.nameAfterCommitment(task, ProcessVariables.commitmentId(task));
    }

    /**
     * Records one member's observation. The form's inputs are written and removed in the completion's transaction, so
     * they never reach the database (empty defaults on the member's sub-process would be rows written, then removed).
     */
    @Bean
    JavaDelegate recordObservation(ReviewService reviews) {
        return execution -> {
            String reviewer = (String) execution.getVariable("reviewer");
            reviews.recordObservation(commitmentId(execution), round(execution), reviewer,
                    (String) execution.getVariable("observationText"),
                    enumSet(execution.getVariable("suggestions"), SuggestionKind.class, "suggestions"),
                    decisionKind(execution.getVariable("recommendedDecision"), "recommendedDecision"));
            FormSubmission.clear(execution, REVIEW_INPUTS);
        };
    }

    @Bean
    JavaDelegate recordMissingReviews(ReviewService reviews) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Collection<String> reviewers = (Collection<String>) execution.getVariable("reviewers");
            reviews.recordMissingReviews(commitmentId(execution), round(execution), reviewers);
            execution.removeVariables(CommitmentPresenter.FICHE_VARIABLES);
        };
    }

    @Bean
    TaskListener presentForConsolidation(CommitmentPresenter presenter, ReviewService reviews, PersonNames names) {
        return task -> {
            long id = ProcessVariables.commitmentId(task);
            presenter.present(task, id);
            task.setVariableLocal("observationsSummary", FormText.of(String.join("\n", reviews.observationLines(id))));
            task.setVariableLocal("missingReviewers", String.join(", ", names.of(reviews.missingReviewers(id))));
            task.getExecution().setVariable("consolidationTaskId", task.getId());
        };
    }

    /** Records the decision; {@code decision} (and {@code mergeTargetId}) stay for the gateway. */
    @Bean
    JavaDelegate recordReviewDecision(ReviewService reviews) {
        return execution -> {
            ReviewDecisionKind kind = decisionKind(execution.getVariable("decision"), "decision");
            Long mergeTargetId = reviews.decide(new ReviewDecision(commitmentId(execution), kind,
                    enumSet(execution.getVariable("requestedChanges"), SuggestionKind.class, "requestedChanges"),
                    blankToNull(execution.getVariable("decisionReason")),
                    blankToNull(execution.getVariable("mergeTargetReference")),
                    FormSubmission.actor(execution, null), (String) execution.getVariable("consolidationTaskId")));
            FormSubmission.clear(execution, DECISION_INPUTS);
            execution.setVariable("mergeTargetId", mergeTargetId);
        };
    }

    private static int round(DelegateExecution execution) {
        return ((Number) execution.getVariable("reviewRound")).intValue();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static ReviewDecisionKind decisionKind(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return ReviewDecisionKind.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new FormInputException(field, "Décision inconnue : " + value);
        }
    }

    /** A checklist's values, whether they come as a Java list (REST, tests) or as JSON text (Camunda Forms). */
    private static <E extends Enum<E>> Set<E> enumSet(Object raw, Class<E> type, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (raw == null) {
            return set;
        }
        String text = raw instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList())
                : raw.toString().replaceAll("[\\[\\]\"]", "");
        for (String code : text.split(",")) {
            if (!code.isBlank()) {
                try {
                    set.add(Enum.valueOf(type, code.strip()));
                } catch (IllegalArgumentException e) {
                    throw new FormInputException(field, "Valeur inconnue : " + code.strip());
                }
            }
        }
        return set;
    }
}
