package ma.ogp.pan.ranking;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.commitment.OgpValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImpactAssessment assessment, long versionId, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_impact_assessment (commitment_id, version_id, assessor_login, constituency, verifiable,
                                                   potential_impact, justification, assessed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assessment.commitmentId(), versionId, assessment.assessorLogin(),
                        assessment.civilSociety() ? "CIVIL_SOCIETY" : "GOVERNMENT", assessment.verifiable(),
                        assessment.impact().name(), assessment.justification(), at)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (OgpValue value : assessment.relevantValues()) {
            jdbc.sql("INSERT INTO pan_assessment_relevance (assessment_id, ogp_value) VALUES (?, ?)")
                    .params(id, value.name()).update();
        }
    }

    List<ImpactAssessment> findByCommitment(long commitmentId) {
        record Row(long id, long commitmentId, String assessorLogin, String constituency, boolean verifiable,
                   String potentialImpact, String justification) {
        }
        return jdbc.sql("""
                SELECT id, commitment_id, assessor_login, constituency, verifiable, potential_impact, justification
                FROM pan_impact_assessment WHERE commitment_id = ? ORDER BY assessor_login""")
                .param(commitmentId).query(Row.class).list().stream()
                .map(r -> new ImpactAssessment(r.commitmentId(), r.assessorLogin(),
                        r.constituency().equals("CIVIL_SOCIETY"), r.verifiable(), relevance(r.id()),
                        ImpactLevel.valueOf(r.potentialImpact()), r.justification()))
                .toList();
    }

    void replaceRanking(long planId, List<RankingEntry> entries, OffsetDateTime at) {
        jdbc.sql("DELETE FROM pan_ranking_entry WHERE plan_id = ?").param(planId).update();
        for (RankingEntry e : entries) {
            jdbc.sql("""
                    INSERT INTO pan_ranking_entry (plan_id, commitment_id, position, category, retained, rank_score,
                                                   median_impact, relevance_count, civil_society_score, assessments,
                                                   ranked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, e.commitmentId(), e.position(), e.category(), e.retained(), e.rankScore(),
                            e.medianImpact() == null ? null : e.medianImpact().name(), e.relevanceCount(),
                            e.civilSocietyScore(), e.assessments(), at)
                    .update();
        }
    }

    List<String> findAssessorLogins(long planId) {
        return jdbc.sql("""
                SELECT DISTINCT a.assessor_login FROM pan_impact_assessment a
                JOIN pan_commitment c ON c.id = a.commitment_id WHERE c.plan_id = ?""")
                .param(planId).query(String.class).list();
    }

    void insertMissing(long planId, String login, OffsetDateTime at) {
        jdbc.sql("INSERT INTO pan_missing_assessment (plan_id, assessor_login, recorded_at) VALUES (?, ?, ?)")
                .params(planId, login, at).update();
    }

    List<String> findMissing(long planId) {
        return jdbc.sql("SELECT assessor_login FROM pan_missing_assessment WHERE plan_id = ? ORDER BY assessor_login")
                .param(planId).query(String.class).list();
    }

    List<RankingEntry> findRanking(long planId) {
        return jdbc.sql("""
                SELECT r.commitment_id, c.reference, r.position, r.category, r.retained, r.rank_score, r.median_impact,
                       r.relevance_count, r.civil_society_score, r.assessments
                FROM pan_ranking_entry r JOIN pan_commitment c ON c.id = r.commitment_id
                WHERE r.plan_id = ? ORDER BY r.position""")
                .param(planId).query(RankingEntry.class).list();
    }

    private Set<OgpValue> relevance(long assessmentId) {
        Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
        jdbc.sql("SELECT ogp_value FROM pan_assessment_relevance WHERE assessment_id = ?").param(assessmentId)
                .query(String.class).list().forEach(v -> values.add(OgpValue.valueOf(v)));
        return values;
    }
}
