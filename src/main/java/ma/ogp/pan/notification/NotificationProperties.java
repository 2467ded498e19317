package ma.ogp.pan.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from               the sender address of every mail of the application
 * @param fromName           the sender's name as mail programs show it
 * @param replyTo            where replies go, the secretariat's address (empty: {@code from}); also the contact
 *                           line that closes every mail
 * @param baseUrl            where users reach the application, for the links in mails
 * @param reminderOffsetDays how many days before a due date reminders go out
 * @param timeZone           the zone of the co-creation's dates (a deadline given as a day ends at 23:59 there)
 * @param taskMailInterval   how often the mails of new tasks go out (TaskMailSender): tasks created meanwhile for
 *                           one person make one mail
 */
@ConfigurationProperties("pan.notification")
public record NotificationProperties(String from,
                                     @DefaultValue("Secrétariat du PAN – Gouvernement ouvert") String fromName,
                                     String replyTo, String baseUrl,
                                     @DefaultValue({"7", "3", "1"}) List<Integer> reminderOffsetDays,
                                     @DefaultValue("Africa/Casablanca") ZoneId timeZone,
                                     @DefaultValue("PT1M") Duration taskMailInterval) {

    /** Link that opens the task in Tasklist. */
    public String taskLink(String taskId) {
        return baseUrl + taskPath(taskId);
    }

    /** The task's address in Tasklist on the application's own host, for the staff pages. */
    public static String taskPath(String taskId) {
        return "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** The secretariat's address: replies and the contact line. */
    public String contact() {
        return replyTo == null || replyTo.isBlank() ? from : replyTo;
    }
}
