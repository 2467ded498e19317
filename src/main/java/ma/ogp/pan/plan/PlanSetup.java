package ma.ogp.pan.plan;

import java.time.OffsetDateTime;

/** What the staff pages set on a plan besides its code, title and period: publication, start, how to take part. */
public record PlanSetup(ActionPlan plan, OffsetDateTime publishedAt, OffsetDateTime startedAt,
                        Participation participation) {
}
