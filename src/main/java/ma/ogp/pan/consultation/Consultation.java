package ma.ogp.pan.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A plan's public consultation window on its draft commitments. It closes at the plan's PUBLIC_CONSULTATION
 * deadline ({@code closesAt}); {@code closedAt} is set when the plan actually closed it.
 */
public record Consultation(Long id, long planId, OffsetDateTime opensAt, OffsetDateTime closesAt,
                           OffsetDateTime closedAt) {

    public boolean isOpenAt(Instant now) {
        return closedAt == null && !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
    }
}
