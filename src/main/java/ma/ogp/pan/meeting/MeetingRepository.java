package ma.ogp.pan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.committee.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class MeetingRepository {

    private static final String SELECT_ATTENDEE = """
            SELECT p.id, p.civility, p.first_name, p.last_name, p.institution_id, i.name AS organisation
            FROM pan_person p JOIN pan_institution i ON i.id = p.institution_id""";

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Meeting meeting) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pan_meeting (plan_id, held_on, title, location, remote) VALUES (?, ?, ?, ?, ?)")
                .params(meeting.planId(), meeting.heldOn(), meeting.title(), meeting.location(), meeting.remote())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public List<Meeting> findByPlan(long planId) {
        return jdbc.sql("SELECT id, plan_id, held_on, title, location, remote FROM pan_meeting WHERE plan_id = ? ORDER BY held_on")
                .param(planId).query(Meeting.class).list();
    }

    /** Records who attended, in the order the minutes list them. */
    public void addAttendees(long meetingId, List<Long> personIds) {
        for (int i = 0; i < personIds.size(); i++) {
            jdbc.sql("INSERT INTO pan_meeting_attendee (meeting_id, person_id, position) VALUES (?, ?, ?)")
                    .params(meetingId, personIds.get(i), i + 1).update();
        }
    }

    /** Records the member organisations that were absent, in order. */
    public void addAbsentees(long meetingId, List<Long> institutionIds) {
        for (int i = 0; i < institutionIds.size(); i++) {
            jdbc.sql("INSERT INTO pan_meeting_absentee (meeting_id, institution_id, position) VALUES (?, ?, ?)")
                    .params(meetingId, institutionIds.get(i), i + 1).update();
        }
    }

    public void addItems(long meetingId, MeetingItemKind kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("INSERT INTO pan_meeting_item (meeting_id, kind, position, text) VALUES (?, ?, ?, ?)")
                    .params(meetingId, kind.name(), i + 1, texts.get(i)).update();
        }
    }

    public Optional<Meeting> findById(long id) {
        return jdbc.sql("SELECT id, plan_id, held_on, title, location, remote FROM pan_meeting WHERE id = ?")
                .param(id).query(Meeting.class).optional();
    }

    /** The plan of the most recent meeting: the one whose minutes the public expects first. */
    public Optional<Long> findPlanOfLatestMeeting() {
        return jdbc.sql("SELECT plan_id FROM pan_meeting ORDER BY held_on DESC, id DESC")
                .query(Long.class).list().stream().findFirst();
    }

    /** Display names of the attendees, in order. */
    public List<String> findAttendeeNames(long meetingId) {
        return findAttendees(meetingId).stream().map(Attendee::name).toList();
    }

    /** The attendees with their organisation, in the order the minutes list them. */
    public List<Attendee> findAttendees(long meetingId) {
        return jdbc.sql(SELECT_ATTENDEE + """
                 JOIN pan_meeting_attendee a ON a.person_id = p.id
                WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(meetingId).query(MeetingRepository::attendee).list();
    }

    /**
     * Whom a meeting of the plan may list: its people with a role, and whoever attended one of its meetings
     * (observers such as international partners have no role).
     */
    public List<Attendee> findPeopleOf(long planId) {
        return jdbc.sql(SELECT_ATTENDEE + """
                 WHERE p.id IN (SELECT r.person_id FROM pan_plan_role r WHERE r.plan_id = :plan)
                   OR p.id IN (SELECT a.person_id FROM pan_meeting_attendee a JOIN pan_meeting m ON m.id = a.meeting_id
                               WHERE m.plan_id = :plan)
                ORDER BY i.name, p.last_name, p.first_name""")
                .param("plan", planId).query(MeetingRepository::attendee).list();
    }

    private static Attendee attendee(ResultSet rs, int row) throws SQLException {
        Person person = new Person(rs.getLong("id"), null, rs.getString("civility"), rs.getString("first_name"),
                rs.getString("last_name"), null, rs.getLong("institution_id"));
        return new Attendee(person.id(), person.displayName(), rs.getString("organisation"));
    }

    public List<String> findAbsenteeNames(long meetingId) {
        return jdbc.sql("""
                SELECT i.name FROM pan_meeting_absentee a JOIN pan_institution i ON i.id = a.institution_id
                WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(meetingId).query(String.class).list();
    }

    public List<String> findItems(long meetingId, MeetingItemKind kind) {
        return jdbc.sql("SELECT text FROM pan_meeting_item WHERE meeting_id = ? AND kind = ? ORDER BY position")
                .params(meetingId, kind.name()).query(String.class).list();
    }
}
