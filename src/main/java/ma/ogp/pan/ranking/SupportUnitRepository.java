package ma.ogp.pan.ranking;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SupportUnitRepository {

    private final JdbcClient jdbc;

    SupportUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSent(long planId, OffsetDateTime sentAt, OffsetDateTime dueAt) {
        jdbc.sql("INSERT INTO pan_support_unit_consultation (plan_id, sent_at, due_at) VALUES (?, ?, ?)")
                .params(planId, sentAt, dueAt).update();
    }

    void recordOutcome(long planId, String outcome, String generalOpinion, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE pan_support_unit_consultation SET outcome = ?, general_opinion = ?, recorded_by = ?, recorded_at = ?
                WHERE plan_id = ?""").params(outcome, generalOpinion, by, at, planId).update();
    }

    void insertFeedback(long planId, long commitmentId, String feedback) {
        jdbc.sql("INSERT INTO pan_support_unit_feedback (plan_id, commitment_id, feedback) VALUES (?, ?, ?)")
                .params(planId, commitmentId, feedback).update();
    }

    Optional<SupportUnitAnswer> findAnswer(long planId) {
        return jdbc.sql("SELECT outcome, general_opinion, due_at FROM pan_support_unit_consultation WHERE plan_id = ?")
                .param(planId).query((rs, n) -> new SupportUnitAnswer(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), findFeedback(planId))).optional();
    }

    private Map<Long, String> findFeedback(long planId) {
        return jdbc.sql("SELECT commitment_id, feedback FROM pan_support_unit_feedback WHERE plan_id = ?")
                .param(planId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
