package ma.ogp.pan.consultation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code pan.consultation.comments.received} and {@code .refused{reason}}: the reason is the refusal's message key,
 * a fixed set, so the number of series stays small.
 */
@Component
class CommentMeters {

    private final MeterRegistry registry;
    private final Counter received;

    CommentMeters(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("pan.consultation.comments.received")
                .description("Comments stored for moderation (a resend of a stored one counts again)").register(registry);
    }

    void received() {
        received.increment();
    }

    void refused(String reason) {
        Counter.builder("pan.consultation.comments.refused").tag("reason", reason)
                .description("Comments refused before storage").register(registry).increment();
    }
}
