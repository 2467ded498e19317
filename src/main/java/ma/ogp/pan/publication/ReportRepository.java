package ma.ogp.pan.publication;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.publication.SynthesisReport.Draft;
import ma.ogp.pan.publication.SynthesisReport.Figures;
import ma.ogp.pan.publication.SynthesisReport.MeetingAttendance;
import ma.ogp.pan.web.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report's aggregates, counted by the database across the stages' tables. */
@Repository
class ReportRepository {

    /**
     * The drafts at their latest version, in number order, from {@code %s}: the plan's commitments, or a page of them
     * picked first, so that the latest version is looked up for that page only.
     */
    private static final String DRAFTS = """
            SELECT c.number, c.reference, v.title, i.name AS lead_institution, i.acronym, c.status,
                   c.status_reason, t.reference AS merged_into, a.position AS adopted_position
            FROM (%s) c
            JOIN pan_institution i ON i.id = c.lead_institution_id
            JOIN pan_commitment_version v ON v.commitment_id = c.id
             AND v.version_no = (SELECT MAX(m.version_no) FROM pan_commitment_version m WHERE m.commitment_id = c.id)
            LEFT JOIN pan_commitment t ON t.id = c.merged_into_id
            LEFT JOIN pan_adopted_commitment a ON a.plan_id = c.plan_id AND a.commitment_id = c.id
            ORDER BY c.number""";
    private static final String OF_PLAN = "SELECT * FROM pan_commitment WHERE plan_id = :plan";
    /** Rows fetched at a time by {@link #eachDraft}. */
    private static final int FETCH_SIZE = 500;

    private record DraftRow(int number, String reference, String title, String leadInstitution, String acronym,
                            CommitmentStatus status, String statusReason, String mergedInto, Integer adoptedPosition) {
        Draft draft() {
            return new Draft(number, reference, title, leadInstitution, acronym != null ? acronym : leadInstitution,
                    status, statusReason, mergedInto, adoptedPosition);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ReportRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
    }

    Figures figures(long planId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM pan_idea WHERE plan_id = :plan) AS ideas,
                       (SELECT COUNT(*) FROM pan_commitment WHERE plan_id = :plan) AS drafts,
                       (SELECT COUNT(*) FROM pan_observation o JOIN pan_commitment c ON c.id = o.commitment_id
                         WHERE c.plan_id = :plan) AS observations,
                       (SELECT COUNT(*) FROM pan_commitment WHERE plan_id = :plan AND status = 'MERGED') AS merges,
                       (SELECT COUNT(*) FROM pan_commitment WHERE plan_id = :plan AND status = 'CANCELLED') AS cancellations,
                       (SELECT COUNT(*) FROM pan_public_comment p JOIN pan_consultation k ON k.id = p.consultation_id
                         WHERE k.plan_id = :plan) AS comments_received,
                       (SELECT COUNT(*) FROM pan_public_comment p JOIN pan_consultation k ON k.id = p.consultation_id
                         WHERE k.plan_id = :plan AND p.status = 'APPROVED') AS comments_approved,
                       (SELECT COUNT(*) FROM pan_adopted_commitment WHERE plan_id = :plan) AS adopted""")
                .param("plan", planId).query(Figures.class).single();
    }

    List<MeetingAttendance> meetings(long planId) {
        return jdbc.sql("""
                SELECT m.held_on, m.title, m.location,
                       (SELECT COUNT(*) FROM pan_meeting_attendee a JOIN pan_person p ON p.id = a.person_id
                          JOIN pan_institution i ON i.id = p.institution_id
                         WHERE a.meeting_id = m.id AND i.sector = 'GOVERNMENT') AS government,
                       (SELECT COUNT(*) FROM pan_meeting_attendee a JOIN pan_person p ON p.id = a.person_id
                          JOIN pan_institution i ON i.id = p.institution_id
                         WHERE a.meeting_id = m.id AND i.sector = 'CIVIL_SOCIETY') AS civil_society,
                       (SELECT COUNT(*) FROM pan_meeting_attendee a JOIN pan_person p ON p.id = a.person_id
                          JOIN pan_institution i ON i.id = p.institution_id
                         WHERE a.meeting_id = m.id AND i.sector = 'INTERNATIONAL') AS international,
                       (SELECT COUNT(*) FROM pan_meeting_absentee b WHERE b.meeting_id = m.id) AS absent_organisations
                FROM pan_meeting m WHERE m.plan_id = ? ORDER BY m.held_on, m.id""")
                .param(planId).query(MeetingAttendance.class).list();
    }

    /** A page of the plan's drafts, in number order. */
    List<Draft> drafts(long planId, Paging page) {
        return jdbc.sql(DRAFTS.formatted(OF_PLAN + " ORDER BY number LIMIT :limit OFFSET :offset")).param("plan", planId)
                .param("limit", page.size()).param("offset", page.offset()).query(DraftRow.class).list().stream()
                .map(DraftRow::draft).toList();
    }

    /**
     * Hands every draft of the plan to {@code each} as it is read, a few hundred rows fetched at a time: an export of
     * 5,000 drafts never holds them all. Call it within a transaction (PostgreSQL fetches by batch only in one).
     */
    void eachDraft(long planId, Consumer<Draft> each) {
        try (Stream<DraftRow> rows = streaming.sql(DRAFTS.formatted(OF_PLAN)).param("plan", planId).query(DraftRow.class).stream()) {
            rows.map(DraftRow::draft).forEach(each);
        }
    }

    int countDrafts(long planId) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_commitment WHERE plan_id = ?").param(planId).query(Integer.class)
                .single();
    }

    /** How many drafts ended (or stand) at each status, in the statuses' order. */
    Map<CommitmentStatus, Long> draftsByStatus(long planId) {
        Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM pan_commitment WHERE plan_id = ? GROUP BY status").param(planId)
                .query((rs, n) -> counts.put(CommitmentStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** How many drafts each lead institution carries, by acronym (its name when it has none). */
    Map<String, Long> draftsByInstitution(long planId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT COALESCE(i.acronym, i.name), COUNT(*) FROM pan_commitment c
                JOIN pan_institution i ON i.id = c.lead_institution_id
                WHERE c.plan_id = ? GROUP BY COALESCE(i.acronym, i.name)""")
                .param(planId).query((rs, n) -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum)).list();
        return counts;
    }

    /**
     * How many drafts name each OGP value in their latest version (no later one: an anti-join, where a MAX looked up
     * for each of 5,000 drafts took twice as long); every value, none counted 0.
     */
    Map<OgpValue, Long> draftsByOgpValue(long planId) {
        Map<OgpValue, Long> counts = new EnumMap<>(OgpValue.class);
        Arrays.stream(OgpValue.values()).forEach(v -> counts.put(v, 0L));
        jdbc.sql("""
                SELECT ov.ogp_value, COUNT(*) FROM pan_commitment c
                JOIN pan_commitment_version v ON v.commitment_id = c.id
                JOIN pan_version_ogp_value ov ON ov.version_id = v.id
                WHERE c.plan_id = ? AND NOT EXISTS (SELECT 1 FROM pan_commitment_version n
                                                    WHERE n.commitment_id = c.id AND n.version_no > v.version_no)
                GROUP BY ov.ogp_value""")
                .param(planId).query((rs, n) -> counts.put(OgpValue.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** When the process last recorded something for the plan: a fiche, a remark, a decision, a comment, a date. */
    Optional<OffsetDateTime> latestDataAt(long planId) {
        return jdbc.sql("""
                SELECT MAX(t) FROM (
                  SELECT v.submitted_at AS t FROM pan_commitment_version v
                    JOIN pan_commitment c ON c.id = v.commitment_id WHERE c.plan_id = :plan
                  UNION ALL SELECT o.created_at FROM pan_observation o
                    JOIN pan_commitment c ON c.id = o.commitment_id WHERE c.plan_id = :plan
                  UNION ALL SELECT d.decided_at FROM pan_review_decision d
                    JOIN pan_commitment c ON c.id = d.commitment_id WHERE c.plan_id = :plan
                  UNION ALL SELECT COALESCE(p.moderated_at, p.submitted_at) FROM pan_public_comment p
                    JOIN pan_consultation k ON k.id = p.consultation_id WHERE k.plan_id = :plan
                  UNION ALL SELECT e.extended_at FROM pan_deadline_extension e
                    JOIN pan_deadline d ON d.id = e.deadline_id WHERE d.plan_id = :plan
                  UNION ALL SELECT ranked_at FROM pan_ranking_entry WHERE plan_id = :plan
                  UNION ALL SELECT adopted_at FROM pan_adoption WHERE plan_id = :plan
                ) recorded""")
                .param("plan", planId).query(OffsetDateTime.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }
}
