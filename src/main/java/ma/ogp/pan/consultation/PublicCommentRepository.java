package ma.ogp.pan.consultation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PublicCommentRepository {

    private static final String LISTED = """
            SELECT p.id, c.reference, v.title AS commitment_title, p.body, p.author_name, p.organisation, p.language,
                   p.status, p.submitted_at
            FROM pan_public_comment p
            JOIN pan_commitment c ON c.id = p.commitment_id
            JOIN pan_commitment_version v ON v.commitment_id = c.id
             AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)
            """;

    private final JdbcClient jdbc;

    PublicCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, long commitmentId, CommentForm form, String language, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_public_comment (consultation_id, commitment_id, body, author_name, organisation, email,
                                                language, status, submitted_at, submission_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(consultationId, commitmentId, form.getBody(), form.getName(), form.getOrganisation(), form.getEmail(),
                        language, at, form.getSubmissionKey())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Long> findBySubmissionKey(String key) {
        return key == null ? Optional.empty() : jdbc.sql("SELECT id FROM pan_public_comment WHERE submission_key = ?")
                .param(key).query(Long.class).optional();
    }

    List<PublicComment> findApproved(long commitmentId) {
        return jdbc.sql(LISTED + " WHERE p.commitment_id = ? AND p.status = 'APPROVED' ORDER BY p.submitted_at, p.id")
                .param(commitmentId).query(PublicComment.class).list();
    }

    List<PublicComment> findApproved(long commitmentId, int offset, int limit) {
        return jdbc.sql(LISTED + """
                 WHERE p.commitment_id = ? AND p.status = 'APPROVED' ORDER BY p.submitted_at, p.id
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""").params(commitmentId, offset, limit)
                .query(PublicComment.class).list();
    }

    int countApproved(long commitmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_public_comment WHERE commitment_id = ? AND status = 'APPROVED'")
                .param(commitmentId).query(Integer.class).single();
    }

    int countReceived(long commitmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_public_comment WHERE commitment_id = ?").param(commitmentId)
                .query(Integer.class).single();
    }

    List<PublicComment> findByStatus(long consultationId, CommentStatus status) {
        return jdbc.sql(LISTED + " WHERE p.consultation_id = ? AND p.status = ? ORDER BY p.submitted_at, p.id")
                .params(consultationId, status.name()).query(PublicComment.class).list();
    }

    /** Moderates the PENDING comments among {@code ids}; returns how many changed. */
    int moderate(Collection<Long> ids, CommentStatus status, RejectionReason reason, String by, OffsetDateTime at) {
        int changed = 0;
        for (Long id : ids) {
            changed += jdbc.sql("""
                    UPDATE pan_public_comment SET status = ?, rejection_reason = ?, moderated_by = ?, moderated_at = ?
                    WHERE id = ? AND status = 'PENDING'""")
                    .params(status.name(), reason == null ? null : reason.name(), by, at, id).update();
        }
        return changed;
    }
}
