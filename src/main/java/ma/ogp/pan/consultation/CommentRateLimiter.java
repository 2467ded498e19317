package ma.ogp.pan.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At most {@code limit} comments per client address within a sliding window, counted in the database so that every
 * node of a cluster shares one quota. The address is the client's as Tomcat resolved it: X-Forwarded-For is read
 * only from the trusted proxies ({@code server.tomcat.remoteip.internal-proxies}).
 */
@Component
class CommentRateLimiter {

    /** The column's width: an IPv6 address with its zone fits; a longer value from a proxy is cut. */
    private static final int MAX_ADDRESS = 100;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final JdbcClient jdbc;

    CommentRateLimiter(@Value("${pan.consultation.comments-per-window:5}") int limit,
                       @Value("${pan.consultation.rate-window:PT10M}") Duration window, Clock clock, JdbcClient jdbc) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Counts one comment for this address; false when it is over the limit (and then not counted). One statement,
     * so that posting stays cheap; two posts from one address at the very same moment may both pass.
     */
    boolean tryAcquire(String address) {
        String key = address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                INSERT INTO pan_comment_rate (address, posted_at)
                SELECT ?, ? WHERE (SELECT COUNT(*) FROM pan_comment_rate WHERE address = ? AND posted_at > ?) < ?""")
                .params(key, now, key, now.minus(window), limit).update() == 1;
    }

    /** Forgets the comments out of the window (any node may run it: deleting twice does no harm). */
    @Scheduled(fixedDelayString = "${pan.consultation.rate-window:PT10M}",
            initialDelayString = "${pan.consultation.rate-window:PT10M}")
    void purge() {
        jdbc.sql("DELETE FROM pan_comment_rate WHERE posted_at <= ?")
                .param(OffsetDateTime.now(clock).minus(window)).update();
    }
}
