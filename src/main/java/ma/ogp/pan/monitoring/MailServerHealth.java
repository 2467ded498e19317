package ma.ogp.pan.monitoring;

import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, as health {@code mail}. Unreachable is {@link #DEGRADED}, not DOWN: mails are sent by jobs that
 * retry, so the application keeps serving, and DEGRADED ranks below UP ({@code management.endpoint.health.status
 * .order}), which keeps readiness UP. Replaces Spring Boot's indicator, which says DOWN.
 */
@Component("mailHealthIndicator")
class MailServerHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "mails wait in their jobs' retries");

    private final ObjectProvider<JavaMailSenderImpl> sender;

    MailServerHealth(ObjectProvider<JavaMailSenderImpl> sender) {
        this.sender = sender;
    }

    @Override
    public Health health() {
        JavaMailSenderImpl smtp = sender.getIfAvailable();
        if (smtp == null) {
            return Health.unknown().withDetail("smtp", "none configured: mails are written to the log").build();
        }
        Health.Builder health = Health.up();
        try {
            smtp.testConnection();
        } catch (MessagingException e) {
            health = Health.status(DEGRADED).withException(e);
        }
        return health.withDetail("location", smtp.getHost() + ":" + smtp.getPort()).build();
    }
}
