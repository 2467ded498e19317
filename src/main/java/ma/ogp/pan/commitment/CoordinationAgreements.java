package ma.ogp.pan.commitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordination agreements of a commitment's history, recorded with the meeting that reached them. */
@Repository
public class CoordinationAgreements {

    private final JdbcClient jdbc;

    CoordinationAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(CoordinationAgreement agreement, String recordedBy, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pan_coordination_agreement (commitment_id, meeting_id, activities, calendar, indicators,
                                                        recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(agreement.commitmentId(), agreement.meetingId(), agreement.activities(), agreement.calendar(),
                        agreement.indicators(), recordedBy, at)
                .update();
    }

    /** The commitment's agreements, oldest meeting first. */
    public List<CoordinationAgreement> findByCommitment(long commitmentId) {
        return jdbc.sql("""
                SELECT a.commitment_id, a.meeting_id, m.held_on, m.title AS meeting_title, a.activities, a.calendar,
                       a.indicators
                FROM pan_coordination_agreement a JOIN pan_meeting m ON m.id = a.meeting_id
                WHERE a.commitment_id = ? ORDER BY m.held_on, a.id""")
                .param(commitmentId).query(CoordinationAgreement.class).list();
    }

    /** Every agreement of the commitment as one text for a read-only form field; empty when there is none. */
    public String summary(long commitmentId) {
        return findByCommitment(commitmentId).stream().map(CoordinationAgreement::summary)
                .collect(Collectors.joining("\n\n"));
    }
}
