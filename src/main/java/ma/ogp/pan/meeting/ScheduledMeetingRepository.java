package ma.ogp.pan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.committee.Person;
import ma.ogp.pan.committee.PlanRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ScheduledMeetingRepository {

    private static final String SELECT = """
            SELECT id, plan_id, kind, title, location, remote, starts_at, ends_at, agenda, institution_id, sequence_no,
                   status, meeting_id, scheduled_by, scheduled_at
            FROM pan_scheduled_meeting""";

    private final JdbcClient jdbc;

    ScheduledMeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ScheduledMeeting m) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_scheduled_meeting (plan_id, kind, title, location, remote, starts_at, ends_at, agenda,
                    institution_id, sequence_no, status, scheduled_by, scheduled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.planId(), m.kind().name(), m.title(), m.location(), m.remote(), m.startsAt(), m.endsAt(),
                        m.agenda(), m.institutionId(), m.sequenceNo(), m.status().name(), m.scheduledBy(),
                        m.scheduledAt())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void addInvitees(long id, List<Long> personIds) {
        for (int i = 0; i < personIds.size(); i++) {
            jdbc.sql("INSERT INTO pan_scheduled_meeting_invitee (scheduled_meeting_id, person_id, position) VALUES (?, ?, ?)")
                    .params(id, personIds.get(i), i + 1).update();
        }
    }

    void addCommitments(long id, List<Long> commitmentIds) {
        for (Long commitment : commitmentIds) {
            jdbc.sql("INSERT INTO pan_scheduled_meeting_commitment (scheduled_meeting_id, commitment_id) VALUES (?, ?)")
                    .params(id, commitment).update();
        }
    }

    Optional<ScheduledMeeting> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ScheduledMeetingRepository::meeting).optional();
    }

    /** The plan's scheduled meetings, the next first. */
    List<ScheduledMeeting> findByPlan(long planId) {
        return jdbc.sql(SELECT + " WHERE plan_id = ? ORDER BY starts_at DESC, id DESC")
                .param(planId).query(ScheduledMeetingRepository::meeting).list();
    }

    /**
     * Moves a meeting still scheduled, one sequence further; false when it is no longer scheduled (cancelled or
     * held meanwhile).
     */
    boolean move(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String location, boolean remote) {
        return jdbc.sql("""
                UPDATE pan_scheduled_meeting SET starts_at = ?, ends_at = ?, location = ?, remote = ?,
                    sequence_no = sequence_no + 1
                WHERE id = ? AND status = 'SCHEDULED'""")
                .params(startsAt, endsAt, location, remote, id).update() == 1;
    }

    /** Cancels a meeting still scheduled, one sequence further; false when it no longer is. */
    boolean cancel(long id) {
        return jdbc.sql("""
                UPDATE pan_scheduled_meeting SET status = 'CANCELLED', sequence_no = sequence_no + 1
                WHERE id = ? AND status = 'SCHEDULED'""").param(id).update() == 1;
    }

    /** Links the meeting still scheduled to its record; false when it is cancelled or recorded already. */
    boolean markHeld(long id, long meetingId) {
        return jdbc.sql("UPDATE pan_scheduled_meeting SET status = 'HELD', meeting_id = ? WHERE id = ? AND status = 'SCHEDULED'")
                .params(meetingId, id).update() == 1;
    }

    /** The invitees in the order they were invited. */
    List<Invitee> findInvitees(long id) {
        return jdbc.sql("""
                SELECT p.id, p.civility, p.first_name, p.last_name, p.email, i.name AS organisation
                FROM pan_scheduled_meeting_invitee s JOIN pan_person p ON p.id = s.person_id
                JOIN pan_institution i ON i.id = p.institution_id
                WHERE s.scheduled_meeting_id = ? ORDER BY s.position""")
                .param(id)
                .query((rs, n) -> new Invitee(rs.getLong("id"), new Person(null, null, rs.getString("civility"),
                        rs.getString("first_name"), rs.getString("last_name"), null, 0).displayName(),
                        rs.getString("organisation"), rs.getString("email")))
                .list();
    }

    List<Long> findCommitmentIds(long id) {
        return jdbc.sql("SELECT commitment_id FROM pan_scheduled_meeting_commitment WHERE scheduled_meeting_id = ? ORDER BY commitment_id")
                .param(id).query(Long.class).list();
    }

    /** Who a coordination meeting always invites: the plan's civil-society committee members and the institution's people. */
    List<Long> findCoordinationInvitees(long planId, long institutionId) {
        return jdbc.sql("""
                SELECT DISTINCT p.id, p.last_name, p.first_name FROM pan_plan_role r JOIN pan_person p ON p.id = r.person_id
                WHERE r.plan_id = ? AND (r.role = ? OR p.institution_id = ?)
                ORDER BY p.last_name, p.first_name, p.id""")
                .params(planId, PlanRole.COMMITTEE_CIVIL_SOCIETY.name(), institutionId)
                .query((rs, n) -> rs.getLong("id")).list();
    }

    private static ScheduledMeeting meeting(ResultSet rs, int row) throws SQLException {
        return new ScheduledMeeting(rs.getLong("id"), rs.getLong("plan_id"),
                ScheduledMeeting.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("location"),
                rs.getBoolean("remote"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getString("agenda"),
                rs.getObject("institution_id", Long.class), rs.getInt("sequence_no"),
                ScheduledMeeting.Status.valueOf(rs.getString("status")), rs.getObject("meeting_id", Long.class),
                rs.getString("scheduled_by"), rs.getObject("scheduled_at", OffsetDateTime.class));
    }
}
