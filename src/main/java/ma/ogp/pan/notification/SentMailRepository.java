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

    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key = ?").param(key)
                .query(Integer.class).single() > 0;
    }

    void insert(String key, List<String> recipients, String subject, OffsetDateTime at) {
        jdbc.sql("INSERT INTO pan_sent_mail (mail_key, recipients, subject, sent_at) VALUES (?, ?, ?, ?)")
                .params(key, String.join(", ", recipients), subject, at).update();
    }
}
