package ma.ogp.pan.meeting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class MeetingRepository {

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

    /** Display names of the attendees, in order. */
    public List<String> findAttendeeNames(long meetingId) {
        return jdbc.sql("""
                SELECT p.civility || ' ' || p.first_name || ' ' || p.last_name FROM pan_meeting_attendee a JOIN pan_person p ON p.id = a.person_id
                WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(meetingId).query(String.class).list();
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
