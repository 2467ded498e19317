package ma.ogp.pan.notification;

import java.time.OffsetDateTime;

/**
 * The next automatic mail about a deadline: a reminder {@code days} before it, or the escalation once it passed.
 * Its key names what it is for, so that it is sent once.
 */
public record Notice(Type type, int days, OffsetDateTime at, String key) {

    public enum Type {
        REMINDER,
        ESCALATION
    }
}
