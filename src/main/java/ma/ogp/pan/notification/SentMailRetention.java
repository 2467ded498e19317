package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The once-only ledger ({@code pan_sent_mail}) keeps each mail's key for good, so that no retry sends it twice, but
 * its recipients (citizens' addresses among them, law 09-08) only as long as someone may ask who got a mail.
 */
@Component
class SentMailRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepRecipients;

    SentMailRetention(JdbcClient jdbc, Clock clock,
                      @Value("${pan.notification.keep-recipients:P180D}") Duration keepRecipients) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepRecipients = keepRecipients;
    }

    /** Blanks the recipients of the mails sent before the retention period (any node may run it). */
    @Scheduled(fixedDelayString = "${pan.notification.forget-recipients-every:PT6H}",
            initialDelayString = "${pan.notification.forget-recipients-every:PT6H}")
    int forgetRecipients() {
        return jdbc.sql("UPDATE pan_sent_mail SET recipients = '' WHERE sent_at < ? AND recipients <> ''")
                .param(OffsetDateTime.now(clock).minus(keepRecipients)).update();
    }
}
