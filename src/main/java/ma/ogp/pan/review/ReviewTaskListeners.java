package ma.ogp.pan.review;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.commitment.CommitmentPresenter;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the committee review, named as in commitment-lifecycle.bpmn. Form inputs are task-local
 * variables (created empty when the task is), so only ids and decisions reach the process instance.
 */
@Configuration
class ReviewTaskListeners {

    private static final List<String> REVIEW_INPUTS = List.of("observationText", "suggestions", "recommendedDecision");
    private static final List<String> DECISION_INPUTS =
            List.of("decision", "requestedChanges", "decisionReason", "mergeTargetReference");

    /** Service task: the reviewers of the next round ({@code reviewers}). */
    @Bean
    JavaDelegate selectReviewers(ReviewService reviews) {
        return execution -> execution.setVariable("reviewers", reviews.reviewers(longVar(execution.getVariable("planId")),
                ReviewDecisionKind.AWAIT_CIVIL_SOCIETY_REMARKS.name().equals(execution.getVariable("decision"))));
    }

    @Bean
    TaskListener presentForReview(CommitmentPresenter presenter) {
        return task -> {
            task.setVariablesLocal(presenter.currentFiche(commitmentId(task)));
            REVIEW_INPUTS.forEach(name -> task.setVariableLocal(name, null));
        };
    }

    @Bean
    TaskListener recordObservation(ReviewService reviews) {
        return task -> reviews.recordObservation(commitmentId(task), actor(task),
                (String) task.getVariableLocal("observationText"),
                enumSet(task.getVariableLocal("suggestions"), SuggestionKind.class, "suggestions"),
                enumValue(task.getVariableLocal("recommendedDecision"), "recommendedDecision"));
    }

    /** Service task: who of the round sent nothing when it closed. */
    @Bean
    JavaDelegate recordMissingReviews(ReviewService reviews) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Collection<String> reviewers = (Collection<String>) execution.getVariable("reviewers");
            reviews.recordMissingReviews(longVar(execution.getVariable("commitmentId")), reviewers);
        };
    }

    @Bean
    TaskListener presentForConsolidation(CommitmentPresenter presenter, ReviewService reviews) {
        return task -> {
            long id = commitmentId(task);
            task.setVariablesLocal(presenter.currentFiche(id));
            task.setVariableLocal("observationsSummary", String.join("\n", reviews.observationLines(id)));
            task.setVariableLocal("missingReviewers", String.join(", ", reviews.missingReviewers(id)));
            DECISION_INPUTS.forEach(name -> task.setVariableLocal(name, null));
        };
    }

    /** Records the decision, then hands {@code decision} (and {@code mergeTargetId}) to the gateway. */
    @Bean
    TaskListener recordReviewDecision(ReviewService reviews) {
        return task -> {
            ReviewDecisionKind kind = enumValue(task.getVariableLocal("decision"), "decision");
            Long mergeTargetId = reviews.decide(new ReviewDecision(commitmentId(task), kind,
                    enumSet(task.getVariableLocal("requestedChanges"), SuggestionKind.class, "requestedChanges"),
                    blankToNull(task.getVariableLocal("decisionReason")),
                    blankToNull(task.getVariableLocal("mergeTargetReference")), actor(task)));
            task.getExecution().setVariable("decision", kind.name());
            task.getExecution().setVariable("mergeTargetId", mergeTargetId);
        };
    }

    static long commitmentId(DelegateTask task) {
        return longVar(task.getVariable("commitmentId"));
    }

    /** Who completes the task: its assignee, else the authenticated user. */
    static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : "système";
    }

    private static long longVar(Object value) {
        return ((Number) value).longValue();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static ReviewDecisionKind enumValue(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return ReviewDecisionKind.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("Décision inconnue : " + value + " (" + field + ")");
        }
    }

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
                    throw new BadUserRequestException("Valeur inconnue : " + code.strip() + " (" + field + ")");
                }
            }
        }
        return set;
    }
}
