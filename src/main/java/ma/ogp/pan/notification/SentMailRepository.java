package ma.ogp.pan.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SentMailRepository {

    private final JdbcClient jdbc;

    SentMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a mail was recorded under this key: sent, or being sent. */
    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key = ?").param(key)
                .query(Integer.class).single() > 0;
    }

    /** Records the key unless it is there; two transactions racing on it still meet the primary key. */
    void recordIfAbsent(String key, List<String> recipients, String subject, OffsetDateTime at) {
        jdbc.sql("INSERT INTO pan_sent_mail (mail_key, recipients, subject, recorded_at) SELECT ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM pan_sent_mail WHERE mail_key = ?)")
                .params(key, String.join(", ", recipients), subject, at, key).update();
    }

    /** Locks the record if it is not sent and no other transaction holds it (H2 and PostgreSQL alike). */
    boolean claimUnsent(String key) {
        return !jdbc.sql("SELECT mail_key FROM pan_sent_mail WHERE mail_key = ? AND sent_at IS NULL "
                + "FOR UPDATE SKIP LOCKED").param(key).query(String.class).list().isEmpty();
    }

    void markSent(String key, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_sent_mail SET sent_at = ? WHERE mail_key = ?").params(at, key).update();
    }
}
