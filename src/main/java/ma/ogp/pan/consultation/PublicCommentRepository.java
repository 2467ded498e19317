package ma.ogp.pan.consultation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final String MODERATE = """
            UPDATE pan_public_comment p SET status = :status, rejection_reason = :reason, moderated_by = :by,
                                          moderated_at = :at,
                                          mails_due = CASE WHEN p.email IS NULL THEN FALSE ELSE TRUE END""";

    private final JdbcClient jdbc;

    PublicCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, long commitmentId, CommentForm form, String language, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_public_comment (consultation_id, commitment_id, body, author_name, organisation, email,
                                                language, status, submitted_at, submission_key, mails_due)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
                .params(consultationId, commitmentId, form.getBody(), form.getName(), form.getOrganisation(), form.getEmail(),
                        language, at, form.getSubmissionKey(), form.getEmail() != null)
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

    /** One page of the pending comments the filter selects, in submission order. */
    List<PublicComment> findPending(long consultationId, ModerationFilter filter, ZoneId zone, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(consultationId, zone, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(LISTED + where + " ORDER BY p.submitted_at, p.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(PublicComment.class).list();
    }

    int countPending(long consultationId, ModerationFilter filter, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM pan_public_comment p" + filter.where(consultationId, zone, params))
                .params(params).query(Integer.class).single();
    }

    /** Moderates the PENDING comments among {@code ids}, in one statement; returns how many changed. */
    int moderate(Collection<Long> ids, CommentStatus status, RejectionReason reason, String by, OffsetDateTime at) {
        return jdbc.sql(MODERATE + " WHERE p.id IN (:ids) AND p.status = 'PENDING'")
                .params(moderation(status, reason, by, at)).param("ids", ids).update();
    }

    /** Moderates every PENDING comment the filter selects, in one statement; returns how many changed. */
    int moderate(long consultationId, ModerationFilter filter, ZoneId zone, CommentStatus status,
                 RejectionReason reason, String by, OffsetDateTime at) {
        Map<String, Object> params = moderation(status, reason, by, at);
        return jdbc.sql(MODERATE + filter.where(consultationId, zone, params)).params(params).update();
    }

    private static Map<String, Object> moderation(CommentStatus status, RejectionReason reason, String by,
                                                  OffsetDateTime at) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.name());
        params.put("reason", reason == null ? null : reason.name());
        params.put("by", by);
        params.put("at", at);
        return params;
    }

    /**
     * Locks up to {@code limit} comments with mails due that no other transaction holds: another node, or a
     * moderation, waits for this transaction or skips them.
     */
    List<Long> lockMailsDue(int limit) {
        return jdbc.sql("SELECT id FROM pan_public_comment WHERE mails_due = TRUE AND email IS NOT NULL ORDER BY id "
                + "FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED").param(limit).query(Long.class).list();
    }

    /** What the author's mails say: the comment, its draft, its moderation, and the author's address. */
    CommentMail findForMail(long id) {
        return jdbc.sql("""
                SELECT p.id, c.reference, v.title AS commitment_title, p.body, p.email, p.language, p.status,
                       p.rejection_reason
                FROM pan_public_comment p
                JOIN pan_commitment c ON c.id = p.commitment_id
                JOIN pan_commitment_version v ON v.commitment_id = c.id
                 AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)
                WHERE p.id = ?""").param(id).query(CommentMail.class).single();
    }

    void clearMailsDue(long id) {
        jdbc.sql("UPDATE pan_public_comment SET mails_due = FALSE WHERE id = ?").param(id).update();
    }
}
