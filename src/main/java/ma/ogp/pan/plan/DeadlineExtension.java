package ma.ogp.pan.plan;

import java.time.OffsetDateTime;

/** A recorded move of a deadline: who, when, why, from which date to which. */
public record DeadlineExtension(long deadlineId, OffsetDateTime previousDueAt, OffsetDateTime newDueAt, String reason,
                                String extendedBy, OffsetDateTime extendedAt) {
}
