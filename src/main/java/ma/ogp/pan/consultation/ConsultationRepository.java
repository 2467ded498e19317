package ma.ogp.pan.consultation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.web.Paging;
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

    /**
     * The consultation's commitments led by an institution and serving an OGP value, each when not null; without the
     * latest version unless filtering by value, so that counting and picking a page do not look it up for them all.
     * Parameters: the consultation, the institution's code twice, the OGP value twice.
     */
    private static final String FILTERED = """
             FROM pan_consultation_commitment cc
            JOIN pan_commitment c ON c.id = cc.commitment_id
            JOIN pan_institution i ON i.id = c.lead_institution_id
            WHERE cc.consultation_id = ?
            AND (CAST(? AS VARCHAR(40)) IS NULL OR i.code = ?)
            AND (CAST(? AS VARCHAR(40)) IS NULL OR EXISTS (
                SELECT 1 FROM pan_commitment_version v JOIN pan_version_ogp_value o ON o.version_id = v.id
                WHERE v.commitment_id = c.id AND o.ogp_value = ?
                  AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)))""";

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
        return withValues(jdbc.sql(COMMITMENTS + " ORDER BY c.number").param(consultationId).query(Row.class).list());
    }

    /**
     * A page of the commitments led by {@code institution} (a code) and serving {@code value}, each when not null: the
     * page's commitments are picked first, then read with their latest version.
     */
    List<ConsultedCommitment> findCommitments(long consultationId, String institution, OgpValue value, Paging page) {
        String code = value == null ? null : value.name();
        return withValues(jdbc.sql(COMMITMENTS + " AND c.id IN (SELECT c.id" + FILTERED
                        + " ORDER BY c.number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) ORDER BY c.number")
                .params(consultationId, consultationId, institution, institution, code, code, page.offset(), page.size())
                .query(Row.class).list());
    }

    int countCommitments(long consultationId, String institution, OgpValue value) {
        String code = value == null ? null : value.name();
        return jdbc.sql("SELECT COUNT(*)" + FILTERED).params(consultationId, institution, institution, code, code)
                .query(Integer.class).single();
    }

    /** The institutions leading the consultation's commitments, in the order of their first commitment. */
    List<LeadInstitution> findLeadInstitutions(long consultationId) {
        return jdbc.sql("""
                SELECT i.code, i.name FROM pan_consultation_commitment cc
                JOIN pan_commitment c ON c.id = cc.commitment_id
                JOIN pan_institution i ON i.id = c.lead_institution_id
                WHERE cc.consultation_id = ? GROUP BY i.code, i.name ORDER BY MIN(c.number)""")
                .param(consultationId).query(LeadInstitution.class).list();
    }

    Optional<ConsultedCommitment> findCommitment(long consultationId, String reference) {
        return withValues(jdbc.sql(COMMITMENTS + " AND c.reference = ?").params(consultationId, reference)
                .query(Row.class).list()).stream().findFirst();
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
        Map<Long, ConsultedCommitment> commitments = findCommitments(consultationId).stream()
                .collect(Collectors.toMap(ConsultedCommitment::id, Function.identity()));
        return counts.stream().map(c -> new Consolidation(commitments.get(c.commitmentId()), c.receivedCount(),
                c.approvedCount())).toList();
    }

    Optional<String> findConsolidationSummary(long commitmentId) {
        return jdbc.sql("SELECT summary FROM pan_comment_consolidation WHERE commitment_id = ?").param(commitmentId)
                .query(String.class).optional();
    }

    /** The rows with their versions' OGP values, read in one query per thousand rows. */
    private List<ConsultedCommitment> withValues(List<Row> rows) {
        Map<Long, Set<OgpValue>> values = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + 1000)).stream().map(Row::versionId).toList();
            jdbc.sql("SELECT version_id, ogp_value FROM pan_version_ogp_value WHERE version_id IN (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(OgpValue.class))
                            .add(OgpValue.valueOf(rs.getString(2))))
                    .list();
        }
        return rows.stream().map(row -> new ConsultedCommitment(row.id(), row.reference(), row.number(), row.versionNo(),
                row.title(), row.leadInstitutionCode(), row.leadInstitutionName(),
                values.getOrDefault(row.versionId(), EnumSet.noneOf(OgpValue.class)))).toList();
    }

    private record Row(long id, String reference, int number, long versionId, int versionNo, String title,
                       String leadInstitutionCode, String leadInstitutionName) {
    }
}
