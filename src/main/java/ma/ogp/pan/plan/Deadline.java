package ma.ogp.pan.plan;

import java.time.OffsetDateTime;

/** A due date that timers read; {@code initialDueAt} is kept when extensions move {@code dueAt}. */
public record Deadline(Long id, long planId, String kind, OffsetDateTime dueAt, OffsetDateTime initialDueAt) {

    public static final String REVIEW_COMMENTS = "REVIEW_COMMENTS";
    public static final String REVISION = "REVISION";
    public static final String PUBLIC_CONSULTATION = "PUBLIC_CONSULTATION";
    public static final String ASSESSMENT = "ASSESSMENT";
}
