package ma.ogp.pan.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A plan's public consultation window on its draft commitments. */
public record Consultation(Long id, long planId, OffsetDateTime opensAt, OffsetDateTime closesAt) {

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
    }
}
