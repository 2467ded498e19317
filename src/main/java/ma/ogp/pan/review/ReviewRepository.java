package ma.ogp.pan.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
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

    void recordParticipation(long commitmentId, long versionId, int round, String login, boolean submitted,
                             OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pan_review_participation (commitment_id, version_id, round_no, reviewer_login, submitted,
                                                      recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(commitmentId, versionId, round, login, submitted, at).update();
    }

    void closeRound(long commitmentId, int round, OffsetDateTime at) {
        try {
            jdbc.sql("INSERT INTO pan_review_round (commitment_id, round_no, closed_at) VALUES (?, ?, ?)")
                    .params(commitmentId, round, at).update();
        } catch (DuplicateKeyException e) {
            // the round's timer and the plan's closing message raced: the engine retries the loser, as for any
            // concurrent change, and finds the round already closed
            throw new OptimisticLockingException("Review round " + round + " of commitment " + commitmentId
                    + " was closed concurrently");
        }
    }

    List<String> findSubmittedReviewers(long commitmentId, int round) {
        return jdbc.sql("""
                SELECT reviewer_login FROM pan_review_participation
                WHERE commitment_id = ? AND round_no = ? AND submitted = TRUE ORDER BY reviewer_login""")
                .params(commitmentId, round).query(String.class).list();
    }

    /** Who sent nothing in the commitment's latest round. */
    List<String> findMissingReviewersOfLatestRound(long commitmentId) {
        return jdbc.sql("""
                SELECT reviewer_login FROM pan_review_participation
                WHERE commitment_id = ? AND submitted = FALSE AND round_no =
                  (SELECT MAX(round_no) FROM pan_review_participation WHERE commitment_id = ?)
                ORDER BY reviewer_login""")
                .params(commitmentId, commitmentId).query(String.class).list();
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
