package ma.ogp.pan.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Review rounds' participation and the decisions taken on them. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sent or missing; a later round on the same version (civil-society remarks) overwrites the earlier one. */
    void recordParticipation(long commitmentId, long versionId, String login, boolean submitted, OffsetDateTime at) {
        int updated = jdbc.sql("""
                UPDATE pan_review_participation SET submitted = ?, recorded_at = ?
                WHERE commitment_id = ? AND version_id = ? AND reviewer_login = ?""")
                .params(submitted, at, commitmentId, versionId, login).update();
        if (updated > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO pan_review_participation (commitment_id, version_id, reviewer_login, submitted, recorded_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(commitmentId, versionId, login, submitted, at).update();
    }

    List<String> findSubmittedReviewers(long commitmentId, long versionId) {
        return jdbc.sql("""
                SELECT reviewer_login FROM pan_review_participation
                WHERE commitment_id = ? AND version_id = ? AND submitted = TRUE ORDER BY reviewer_login""")
                .params(commitmentId, versionId).query(String.class).list();
    }

    List<String> findMissingReviewers(long commitmentId, long versionId) {
        return jdbc.sql("""
                SELECT reviewer_login FROM pan_review_participation
                WHERE commitment_id = ? AND version_id = ? AND submitted = FALSE ORDER BY reviewer_login""")
                .params(commitmentId, versionId).query(String.class).list();
    }

    void insertDecision(ReviewDecision decision, long versionId, Long mergeTargetId, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_review_decision (commitment_id, version_id, decision, reason, merge_target_id,
                                                 decided_by, decided_at, task_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(decision.commitmentId(), versionId, decision.kind().name(), decision.reason(), mergeTargetId,
                        decision.decidedBy(), at, decision.taskId())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (SuggestionKind change : decision.requestedChanges()) {
            jdbc.sql("INSERT INTO pan_review_decision_change (decision_id, kind) VALUES (?, ?)")
                    .params(id, change.name()).update();
        }
    }

    /** The requested changes of the commitment's latest decision. */
    Set<SuggestionKind> findLatestRequestedChanges(long commitmentId) {
        return Set.copyOf(jdbc.sql("""
                SELECT kind FROM pan_review_decision_change WHERE decision_id =
                  (SELECT MAX(id) FROM pan_review_decision WHERE commitment_id = ?)""")
                .param(commitmentId).query(String.class).list().stream().map(SuggestionKind::valueOf).toList());
    }

    List<ReviewDecisionKind> findDecisionKinds(long commitmentId) {
        return jdbc.sql("SELECT decision FROM pan_review_decision WHERE commitment_id = ? ORDER BY id")
                .param(commitmentId).query(String.class).list().stream().map(ReviewDecisionKind::valueOf).toList();
    }
}
