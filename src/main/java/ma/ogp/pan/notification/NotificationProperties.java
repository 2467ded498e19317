package ma.ogp.pan.notification;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from               the sender of every mail of the application
 * @param baseUrl            where users reach the application, for the links in mails
 * @param reminderOffsetDays how many days before a due date reminders go out
 * @param timeZone           the zone of the co-creation's dates (a deadline given as a day ends at 23:59 there)
 */
@ConfigurationProperties("pan.notification")
public record NotificationProperties(String from, String baseUrl,
                                     @DefaultValue({"7", "3", "1"}) List<Integer> reminderOffsetDays,
                                     @DefaultValue("Africa/Casablanca") ZoneId timeZone) {

    /** Link that opens the task in Tasklist. */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
