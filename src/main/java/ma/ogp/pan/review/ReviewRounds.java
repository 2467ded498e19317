package ma.ogp.pan.review;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;

import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a review round closes, for the round's timer ({@code ${reviewRounds.dueAt(execution)}}). While the plan's
 * review deadline is ahead, the plan's window closes the round at the deadline (ReviewWindowClosed) and this timer is
 * only its safety net, {@link DeadlineService#SAFETY_NET} later (extensions move it): were it due at the deadline,
 * every lifecycle's timer job would run at the moment the plan's close job changes that lifecycle, and one of the
 * two would fail with an OptimisticLockingException. Else a round of its own, {@code pan.review.round-duration}
 * long, for the rounds that follow a detailed fiche or await civil society's remarks.
 */
@Component("reviewRounds")
public class ReviewRounds {

    private final DeadlineService deadlines;
    private final Duration roundDuration;
    private final Clock clock;

    ReviewRounds(DeadlineService deadlines, @Value("${pan.review.round-duration:P7D}") Duration roundDuration,
                 Clock clock) {
        this.deadlines = deadlines;
        this.roundDuration = roundDuration;
        this.clock = clock;
    }

    public Date dueAt(DelegateExecution execution) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime planDeadline = deadlines.get(ProcessVariables.planId(execution),
                Deadline.REVIEW_COMMENTS).dueAt();
        return Date.from((planDeadline.isAfter(now) ? planDeadline.plus(DeadlineService.SAFETY_NET)
                : now.plus(roundDuration)).toInstant());
    }
}
