package ma.ogp.pan.commitment;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.web.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommitmentRepository {

    private static final String LISTED = """
            SELECT c.id, c.plan_id, c.reference, c.number, i.code AS lead_institution_code,
                   i.name AS lead_institution_name, c.status, v.title, v.version_no AS current_version_no
            FROM pan_commitment c
            JOIN pan_institution i ON i.id = c.lead_institution_id
            JOIN pan_commitment_version v ON v.commitment_id = c.id
             AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)
            """;

    private final JdbcClient jdbc;

    public CommitmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ties a lifecycle to its commitment; refused by the table's key when the commitment already has one. */
    public void registerLifecycle(long commitmentId, String processInstanceId) {
        try {
            jdbc.sql("INSERT INTO pan_commitment_lifecycle (commitment_id, process_instance_id) VALUES (?, ?)")
                    .params(commitmentId, processInstanceId).update();
        } catch (DuplicateKeyException e) {
            throw new FormInputException("commitmentId", "Cet engagement a déjà son cycle de vie");
        }
    }

    public List<Commitment> findByPlan(long planId) {
        return jdbc.sql(LISTED + " WHERE c.plan_id = ? ORDER BY c.number")
                .param(planId).query(Commitment.class).list();
    }

    /**
     * A page of the plan's commitments, by number: the page is picked first, then read with its latest versions
     * (looking them up for all 5,000 commitments of a plan before sorting took most of the time).
     */
    public List<Commitment> findByPlan(long planId, Paging page) {
        return jdbc.sql(LISTED + " WHERE c.id IN (SELECT id FROM pan_commitment WHERE plan_id = ? ORDER BY number"
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) ORDER BY c.number")
                .params(planId, page.offset(), page.size()).query(Commitment.class).list();
    }

    public int countByPlan(long planId) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_commitment WHERE plan_id = ?").param(planId).query(Integer.class).single();
    }

    /**
     * The commitment a form list's row is about, by its reference: Tasklist submits only the form's fields, so the
     * row carries the reference as a read-only field rather than a hidden id.
     */
    public Commitment getByListRow(Map<String, Object> row, String field) {
        String reference = FormList.text(row, "reference");
        if (reference == null) {
            throw new FormInputException(field, "Ligne sans référence d'engagement");
        }
        return findByReference(reference)
                .orElseThrow(() -> new FormInputException(field, "Engagement inconnu : " + reference));
    }

    public Commitment getById(long id) {
        return jdbc.sql(LISTED + " WHERE c.id = ?").param(id).query(Commitment.class).optional()
                .orElseThrow(() -> new UnknownCommitmentException("id " + id));
    }

    public Optional<Commitment> findByReference(String reference) {
        return jdbc.sql(LISTED + " WHERE c.reference = ?")
                .param(reference).query(Commitment.class).optional();
    }

    public int nextNumber(long planId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM pan_commitment WHERE plan_id = ?").param(planId)
                .query(Integer.class).single();
    }

    /** Creates the commitment with its first version, in the caller's transaction. */
    public long create(long planId, String reference, int number, long leadInstitutionId, CommitmentStatus status,
                       CommitmentVersion first) {
        jdbc.sql("""
                INSERT INTO pan_commitment (plan_id, reference, number, lead_institution_id, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(planId, reference, number, leadInstitutionId, status.name(), first.submittedAt()).update();
        long id = jdbc.sql("SELECT id FROM pan_commitment WHERE reference = ?").param(reference)
                .query(Long.class).single();
        addVersion(id, first);
        return id;
    }

    /** Inserts a new version of the fiche; earlier versions stay as they are. */
    public long addVersion(long commitmentId, CommitmentVersion version) {
        jdbc.sql("""
                INSERT INTO pan_commitment_version (commitment_id, version_no, title, problem, proposed_solution,
                                                    submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(commitmentId, version.versionNo(), version.title(), version.problem(),
                        version.proposedSolution(), version.submittedBy(), version.submittedAt())
                .update();
        long versionId = versionId(commitmentId, version.versionNo());
        for (OgpValue value : version.ogpValues()) {
            jdbc.sql("INSERT INTO pan_version_ogp_value (version_id, ogp_value) VALUES (?, ?)")
                    .params(versionId, value.name()).update();
        }
        for (String code : version.supportingInstitutionCodes()) {
            jdbc.sql("""
                    INSERT INTO pan_version_supporting_institution (version_id, institution_id)
                    SELECT ?, id FROM pan_institution WHERE code = ?""")
                    .params(versionId, code).update();
        }
        for (int i = 0; i < version.activities().size(); i++) {
            Activity a = version.activities().get(i);
            jdbc.sql("""
                    INSERT INTO pan_activity (version_id, position, title, start_date, end_date, deliverable)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(versionId, i + 1, a.title(), a.startDate(), a.endDate(), a.deliverable()).update();
        }
        for (int i = 0; i < version.indicators().size(); i++) {
            jdbc.sql("INSERT INTO pan_indicator (version_id, position, description) VALUES (?, ?, ?)")
                    .params(versionId, i + 1, version.indicators().get(i)).update();
        }
        return versionId;
    }

    public void updateStatus(long id, CommitmentStatus status, String reason) {
        jdbc.sql("UPDATE pan_commitment SET status = ?, status_reason = ? WHERE id = ?")
                .params(status.name(), reason, id).update();
    }

    /** Ends {@code id} as MERGED into {@code targetId}; the target finds it through {@link #findAbsorbed}. */
    public void markMerged(long id, long targetId, String reason) {
        jdbc.sql("UPDATE pan_commitment SET status = ?, status_reason = ?, merged_into_id = ? WHERE id = ?")
                .params(CommitmentStatus.MERGED.name(), reason, targetId, id).update();
    }

    /** References of the commitments merged into this one. */
    public List<String> findAbsorbed(long targetId) {
        return jdbc.sql("SELECT reference FROM pan_commitment WHERE merged_into_id = ? ORDER BY number")
                .param(targetId).query(String.class).list();
    }

    public Optional<String> findMergedIntoReference(long id) {
        return jdbc.sql("""
                SELECT t.reference FROM pan_commitment c JOIN pan_commitment t ON t.id = c.merged_into_id
                WHERE c.id = ?""").param(id).query(String.class).optional();
    }

    public Optional<String> findStatusReason(long id) {
        return jdbc.sql("SELECT status_reason FROM pan_commitment WHERE id = ?").param(id)
                .query(String.class).optional();
    }

    public long versionId(long commitmentId, int versionNo) {
        return jdbc.sql("SELECT id FROM pan_commitment_version WHERE commitment_id = ? AND version_no = ?")
                .params(commitmentId, versionNo).query(Long.class).single();
    }

    public Optional<CommitmentVersion> findVersion(long commitmentId, int versionNo) {
        record Row(long id, int versionNo, String title, String problem, String proposedSolution, String submittedBy,
                   OffsetDateTime submittedAt) {
        }
        return jdbc.sql("""
                SELECT id, version_no, title, problem, proposed_solution, submitted_by, submitted_at
                FROM pan_commitment_version WHERE commitment_id = ? AND version_no = ?""")
                .params(commitmentId, versionNo).query(Row.class).optional()
                .map(r -> new CommitmentVersion(r.versionNo(), r.title(), r.problem(), r.proposedSolution(),
                        ogpValues(r.id()), supportingInstitutionCodes(r.id()), activities(r.id()), indicators(r.id()),
                        r.submittedBy(), r.submittedAt()));
    }

    private Set<OgpValue> ogpValues(long versionId) {
        Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
        jdbc.sql("SELECT ogp_value FROM pan_version_ogp_value WHERE version_id = ?").param(versionId)
                .query(String.class).list().forEach(code -> values.add(OgpValue.valueOf(code)));
        return values;
    }

    private List<String> supportingInstitutionCodes(long versionId) {
        return jdbc.sql("""
                SELECT i.code FROM pan_version_supporting_institution s JOIN pan_institution i ON i.id = s.institution_id
                WHERE s.version_id = ? ORDER BY i.code""")
                .param(versionId).query(String.class).list();
    }

    private List<Activity> activities(long versionId) {
        return jdbc.sql("SELECT title, start_date, end_date, deliverable FROM pan_activity WHERE version_id = ? ORDER BY position")
                .param(versionId).query(Activity.class).list();
    }

    private List<String> indicators(long versionId) {
        return jdbc.sql("SELECT description FROM pan_indicator WHERE version_id = ? ORDER BY position")
                .param(versionId).query(String.class).list();
    }
}
