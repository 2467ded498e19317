package ma.ogp.pan.notification;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;

import ma.ogp.pan.plan.Deadline;
import org.springframework.stereotype.Component;

/**
 * Decides the next notice for someone who owes work by a deadline: the next reminder offset still ahead and not
 * sent, else the escalation (once the deadline has passed), else nothing. Keys are per owner, not per task: a
 * member who owes 22 reviews gets one reminder listing them. Only revisions escalate: the review window's and the
 * assessment's close record who is missing, once for the whole plan, where the secretariat sees it.
 */
@Component
public class NoticePlanner {

    private final NotificationProperties settings;
    private final OnceOnlyMailer mailer;

    NoticePlanner(NotificationProperties settings, OnceOnlyMailer mailer) {
        this.settings = settings;
        this.mailer = mailer;
    }

    /** @param owner who owes the work (a reviewer's login or a focal-points group), part of the keys */
    public Optional<Notice> next(Deadline deadline, String owner, OffsetDateTime now) {
        String prefix = deadline.kind() + ":" + deadline.planId() + ":" + owner + ":" + deadline.dueAt().toEpochSecond();
        Optional<Notice> reminder = settings.reminderOffsetDays().stream()
                .sorted(Comparator.reverseOrder())
                .map(days -> new Notice(Notice.Type.REMINDER, days, deadline.dueAt().minusDays(days),
                        "REMINDER:" + prefix + ":" + days))
                .filter(n -> n.at().isAfter(now) && !mailer.recorded(n.key()))
                .findFirst();
        if (reminder.isPresent() || !Deadline.REVISION.equals(deadline.kind())) {
            return reminder;
        }
        Notice escalation = new Notice(Notice.Type.ESCALATION, 0, deadline.dueAt(), "ESCALATION:" + prefix);
        return mailer.recorded(escalation.key()) ? Optional.empty() : Optional.of(escalation);
    }
}
