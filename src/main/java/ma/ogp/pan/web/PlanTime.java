package ma.ogp.pan.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import ma.ogp.pan.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Instants as the plan's people read them, in the co-creation's time zone ({@code pan.notification.time-zone}):
 * the database gives them in UTC, where a deadline at 23:59 in Casablanca reads 22:59. For pages:
 * {@code ${@planTime.dateTime(d.dueAt)}}.
 */
@Component("planTime")
public class PlanTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final NotificationProperties settings;

    PlanTime(NotificationProperties settings) {
        this.settings = settings;
    }

    /** {@code 26/02/2024 23:59}; empty for none. */
    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(settings.timeZone()).format(DAY_AND_TIME);
    }

    /** {@code 26/02/2024}, the day it is there; empty for none. */
    public String date(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(settings.timeZone()).format(DAY);
    }
}
