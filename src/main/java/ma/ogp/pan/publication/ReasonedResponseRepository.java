package ma.ogp.pan.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReasonedResponseRepository {

    private final JdbcClient jdbc;

    ReasonedResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a text already there: drafting again never overwrites the secretariat's edits. */
    void insertIfAbsent(long planId, ReasonedResponse response, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pan_reasoned_response (plan_id, subject_kind, subject_id, outcome, text, updated_by, updated_at)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM pan_reasoned_response
                    WHERE plan_id = ? AND subject_kind = ? AND subject_id = ?)""")
                .params(planId, response.subjectKind(), response.subjectId(), response.outcome().name(),
                        response.text(), by, at, planId, response.subjectKind(), response.subjectId())
                .update();
    }

    void updateOutcome(long planId, String kind, long subjectId, ResponseOutcome outcome, String text, String by,
                       OffsetDateTime at) {
        jdbc.sql("""
                UPDATE pan_reasoned_response SET outcome = ?, text = ?, updated_by = ?, updated_at = ?
                WHERE plan_id = ? AND subject_kind = ? AND subject_id = ?""")
                .params(outcome.name(), text, by, at, planId, kind, subjectId).update();
    }

    void updateText(long planId, String kind, long subjectId, String text, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE pan_reasoned_response SET text = ?, updated_by = ?, updated_at = ?
                WHERE plan_id = ? AND subject_kind = ? AND subject_id = ?""")
                .params(text, by, at, planId, kind, subjectId).update();
    }

    List<Row> findByPlan(long planId) {
        return jdbc.sql("""
                SELECT subject_kind, subject_id, outcome, text FROM pan_reasoned_response
                WHERE plan_id = ? ORDER BY subject_kind, subject_id""")
                .param(planId).query(Row.class).list();
    }

    void insertPublication(long planId, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO pan_publication (plan_id, published_by, published_at) VALUES (?, ?, ?)")
                .params(planId, by, at).update();
    }

    Optional<OffsetDateTime> findPublishedAt(long planId) {
        return jdbc.sql("SELECT published_at FROM pan_publication WHERE plan_id = ?").param(planId)
                .query(OffsetDateTime.class).optional();
    }

    Optional<Long> findLatestPublishedPlanId() {
        return jdbc.sql("SELECT plan_id FROM pan_publication ORDER BY published_at DESC, plan_id DESC")
                .query(Long.class).list().stream().findFirst();
    }

    record Row(String subjectKind, long subjectId, String outcome, String text) {
    }
}
