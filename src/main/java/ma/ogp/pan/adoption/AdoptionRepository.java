package ma.ogp.pan.adoption;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AdoptionRepository {

    private final JdbcClient jdbc;

    AdoptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceSelection(long planId, List<Selection> selection, String by, OffsetDateTime at) {
        jdbc.sql("DELETE FROM pan_selection WHERE plan_id = ?").param(planId).update();
        for (Selection s : selection) {
            jdbc.sql("""
                    INSERT INTO pan_selection (plan_id, commitment_id, selected, reason, selected_by, selected_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(planId, s.commitmentId(), s.selected(), s.reason(), by, at).update();
        }
    }

    List<Selection> findSelection(long planId) {
        return jdbc.sql("""
                SELECT s.commitment_id, s.selected, s.reason FROM pan_selection s
                LEFT JOIN pan_ranking_entry r ON r.plan_id = s.plan_id AND r.commitment_id = s.commitment_id
                WHERE s.plan_id = ? ORDER BY r.position, s.commitment_id""")
                .param(planId).query(Selection.class).list();
    }

    void insertValidation(long planId, boolean validated, String comment, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pan_committee_validation (plan_id, validated, comment, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?)""").params(planId, validated, comment, by, at).update();
    }

    /** The comment of the committee's latest answer if it was a refusal: what to revise in the selection. */
    Optional<String> findLatestRefusal(long planId) {
        return jdbc.sql("SELECT validated, comment FROM pan_committee_validation WHERE plan_id = ? ORDER BY id DESC")
                .param(planId).query((rs, n) -> rs.getBoolean("validated") ? "" : rs.getString("comment"))
                .list().stream().findFirst().filter(c -> !c.isEmpty());
    }

    Optional<OffsetDateTime> findAdoptedAt(long planId) {
        return jdbc.sql("SELECT adopted_at FROM pan_adoption WHERE plan_id = ?").param(planId)
                .query(OffsetDateTime.class).optional();
    }

    void insertAdoption(long planId, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO pan_adoption (plan_id, adopted_by, adopted_at) VALUES (?, ?, ?)")
                .params(planId, by, at).update();
    }

    void insertAdopted(long planId, long commitmentId, long versionId, int position) {
        jdbc.sql("""
                INSERT INTO pan_adopted_commitment (plan_id, commitment_id, version_id, position) VALUES (?, ?, ?, ?)""")
                .params(planId, commitmentId, versionId, position).update();
    }

    /** Keeps the current adoption, with the decision that supersedes it, before it is replaced. */
    void archiveAdoption(long planId, String decision, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_superseded_adoption (plan_id, adopted_by, adopted_at, decision, superseded_by, superseded_at)
                SELECT plan_id, adopted_by, adopted_at, ?, ?, ? FROM pan_adoption WHERE plan_id = ?""")
                .params(decision, by, at, planId).update(keys, "id");
        jdbc.sql("""
                INSERT INTO pan_superseded_adopted_commitment (superseded_adoption_id, commitment_id, version_id, position)
                SELECT ?, commitment_id, version_id, position FROM pan_adopted_commitment WHERE plan_id = ?""")
                .params(keys.getKeyAs(Long.class), planId).update();
        jdbc.sql("DELETE FROM pan_adopted_commitment WHERE plan_id = ?").param(planId).update();
        jdbc.sql("DELETE FROM pan_adoption WHERE plan_id = ?").param(planId).update();
    }

    /** The decisions that superseded the plan's earlier adoptions, the latest first. */
    List<String> findSupersessions(long planId) {
        return jdbc.sql("SELECT decision FROM pan_superseded_adoption WHERE plan_id = ? ORDER BY id DESC")
                .param(planId).query(String.class).list();
    }

    /** The adopted commitments in rank order, with the number of the version the plan froze. */
    List<AdoptedCommitment> findAdopted(long planId) {
        return jdbc.sql("""
                SELECT a.commitment_id, a.position, v.version_no FROM pan_adopted_commitment a
                JOIN pan_commitment_version v ON v.id = a.version_id WHERE a.plan_id = ? ORDER BY a.position""")
                .param(planId).query(AdoptedCommitment.class).list();
    }

    record AdoptedCommitment(long commitmentId, int position, int versionNo) {
    }
}
