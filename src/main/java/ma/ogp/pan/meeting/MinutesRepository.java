package ma.ogp.pan.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.committee.Person;
import ma.ogp.pan.review.SuggestionKind;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The observations a meeting recorded in the review, read for its minutes, and those it may take from the review. */
@Repository
class MinutesRepository {

    private final JdbcClient jdbc;

    MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The meeting's observations by commitment number, each commitment's in the order recorded; the title is the
     * reviewed version's, so later revisions do not rewrite the minutes; the next version's title is read beside it.
     */
    List<ObservationLine> findLines(long meetingId) {
        Map<Long, ObservationLine> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.meeting_id, m.held_on, c.number, c.reference, v.title, n.title AS next_title,
                       o.id AS observation_id, o.text, p.civility, p.first_name, p.last_name, s.kind
                FROM pan_observation o
                JOIN pan_meeting m ON m.id = o.meeting_id
                JOIN pan_commitment c ON c.id = o.commitment_id
                JOIN pan_commitment_version v ON v.id = o.version_id
                LEFT JOIN pan_commitment_version n ON n.commitment_id = v.commitment_id AND n.version_no = v.version_no + 1
                LEFT JOIN pan_person p ON p.login = o.author_login
                LEFT JOIN pan_observation_suggestion s ON s.observation_id = o.id
                WHERE o.meeting_id = ? ORDER BY c.number, o.position, s.kind""")
                .param(meetingId)
                // one row per suggestion kind: folded into the observation's line
                .query((RowCallbackHandler) rs -> {
                    long id = rs.getLong("observation_id");
                    if (!lines.containsKey(id)) {
                        String title = rs.getString("title");
                        String next = rs.getString("next_title");
                        String author = rs.getString("last_name") == null ? null : new Person(null, null,
                                rs.getString("civility"), rs.getString("first_name"), rs.getString("last_name"),
                                null, 0).displayName();
                        lines.put(id, new ObservationLine(rs.getLong("meeting_id"),
                                rs.getObject("held_on", LocalDate.class), rs.getInt("number"),
                                rs.getString("reference"), title, title.equals(next) ? null : next, id,
                                rs.getString("text"), author, EnumSet.noneOf(SuggestionKind.class)));
                    }
                    String kind = rs.getString("kind");
                    if (kind != null) {
                        lines.get(id).suggestions().add(SuggestionKind.valueOf(kind));
                    }
                });
        return new ArrayList<>(lines.values());
    }

    /**
     * The plan's review rounds whose observations no meeting took yet, counting only the commitments whose round
     * closed (an open round's observations may still come).
     */
    List<RoundToDiscuss> findRoundsToDiscuss(long planId) {
        return jdbc.sql("""
                SELECT o.round_no, COUNT(*) AS observations, COUNT(DISTINCT o.commitment_id) AS commitments,
                       MAX(r.closed_at) AS last_closed_at
                FROM pan_observation o
                JOIN pan_commitment c ON c.id = o.commitment_id
                JOIN pan_review_round r ON r.commitment_id = o.commitment_id AND r.round_no = o.round_no
                WHERE c.plan_id = ? AND o.meeting_id IS NULL
                GROUP BY o.round_no ORDER BY o.round_no""")
                .param(planId)
                .query((rs, n) -> new RoundToDiscuss(rs.getInt("round_no"), rs.getInt("observations"),
                        rs.getInt("commitments"), rs.getObject("last_closed_at", OffsetDateTime.class)))
                .list();
    }

    /** Gives the meeting the closed rounds' observations no meeting took yet; a concurrent meeting gets the rest. */
    int take(long meetingId, long planId, Collection<Integer> rounds) {
        return jdbc.sql("""
                UPDATE pan_observation SET meeting_id = :meeting
                WHERE meeting_id IS NULL AND round_no IN (:rounds)
                  AND commitment_id IN (SELECT c.id FROM pan_commitment c WHERE c.plan_id = :plan)
                  AND EXISTS (SELECT 1 FROM pan_review_round r WHERE r.commitment_id = pan_observation.commitment_id
                                                                AND r.round_no = pan_observation.round_no)""")
                .param("meeting", meetingId).param("rounds", rounds).param("plan", planId).update();
    }
}
