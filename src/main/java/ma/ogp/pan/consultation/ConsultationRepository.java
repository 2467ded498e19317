package ma.ogp.pan.consultation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ma.ogp.pan.commitment.OgpValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConsultationRepository {

    private static final String COMMITMENTS = """
            SELECT c.id, c.reference, c.number, v.id AS version_id, v.version_no, v.title, i.code AS lead_institution_code,
                   i.name AS lead_institution_name
            FROM pan_consultation_commitment cc
            JOIN pan_commitment c ON c.id = cc.commitment_id
            JOIN pan_institution i ON i.id = c.lead_institution_id
            JOIN pan_commitment_version v ON v.commitment_id = c.id
             AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)
            WHERE cc.consultation_id = ?""";

    private static final String SELECT_CONSULTATION = """
            SELECT k.id, k.plan_id, k.opens_at, d.due_at AS closes_at, k.closed_at FROM pan_consultation k
            JOIN pan_deadline d ON d.plan_id = k.plan_id AND d.kind = 'PUBLIC_CONSULTATION'
            """;

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the consultation; its closing date is the plan's PUBLIC_CONSULTATION deadline. */
    long insert(long planId, OffsetDateTime opensAt, Collection<Long> commitmentIds) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pan_consultation (plan_id, opens_at) VALUES (?, ?)")
                .params(planId, opensAt).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Long commitmentId : commitmentIds) {
            jdbc.sql("INSERT INTO pan_consultation_commitment (consultation_id, commitment_id) VALUES (?, ?)")
                    .params(id, commitmentId).update();
        }
        return id;
    }

    /** The most recently opened consultation, if any. */
    Optional<Consultation> findLatest() {
        return jdbc.sql(SELECT_CONSULTATION + " ORDER BY k.opens_at DESC, k.id DESC")
                .query(Consultation.class).list().stream().findFirst();
    }

    /** The consultation a commitment is under, found from its reference (PAN3-04). */
    Optional<Consultation> findByCommitmentReference(String reference) {
        return jdbc.sql(SELECT_CONSULTATION + """
                 JOIN pan_consultation_commitment cc ON cc.consultation_id = k.id
                 JOIN pan_commitment c ON c.id = cc.commitment_id
                WHERE c.reference = ?""").param(reference).query(Consultation.class).optional();
    }

    Optional<Consultation> findByPlan(long planId) {
        return jdbc.sql(SELECT_CONSULTATION + " WHERE k.plan_id = ?").param(planId).query(Consultation.class).optional();
    }

    List<ConsultedCommitment> findCommitments(long consultationId) {
        return jdbc.sql(COMMITMENTS + " ORDER BY c.number").param(consultationId).query(Row.class).list().stream()
                .map(this::withValues).toList();
    }

    Optional<ConsultedCommitment> findCommitment(long consultationId, String reference) {
        return jdbc.sql(COMMITMENTS + " AND c.reference = ?").params(consultationId, reference)
                .query(Row.class).optional().map(this::withValues);
    }

    void markClosed(long consultationId, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_consultation SET closed_at = ? WHERE id = ?").params(at, consultationId).update();
    }

    void insertConsolidation(long consultationId, long commitmentId, int received, int approved, String summary,
                             OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pan_comment_consolidation (consultation_id, commitment_id, received_count, approved_count,
                                                       summary, consolidated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(consultationId, commitmentId, received, approved, summary, at).update();
    }

    List<Consolidation> findConsolidations(long consultationId) {
        record Counts(long commitmentId, int receivedCount, int approvedCount) {
        }
        List<Counts> counts = jdbc.sql("""
                SELECT commitment_id, received_count, approved_count FROM pan_comment_consolidation
                WHERE consultation_id = ?""").param(consultationId).query(Counts.class).list();
        List<ConsultedCommitment> commitments = findCommitments(consultationId);
        return counts.stream().map(c -> new Consolidation(commitments.stream()
                .filter(k -> k.id() == c.commitmentId()).findFirst().orElseThrow(), c.receivedCount(), c.approvedCount()))
                .toList();
    }

    Optional<String> findConsolidationSummary(long commitmentId) {
        return jdbc.sql("SELECT summary FROM pan_comment_consolidation WHERE commitment_id = ?").param(commitmentId)
                .query(String.class).optional();
    }

    private ConsultedCommitment withValues(Row row) {
        Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
        jdbc.sql("SELECT ogp_value FROM pan_version_ogp_value WHERE version_id = ?").param(row.versionId())
                .query(String.class).list().forEach(v -> values.add(OgpValue.valueOf(v)));
        return new ConsultedCommitment(row.id(), row.reference(), row.number(), row.versionNo(), row.title(),
                row.leadInstitutionCode(), row.leadInstitutionName(), values);
    }

    private record Row(long id, String reference, int number, long versionId, int versionNo, String title,
                       String leadInstitutionCode, String leadInstitutionName) {
    }
}
