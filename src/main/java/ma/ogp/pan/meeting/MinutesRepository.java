package ma.ogp.pan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.review.SuggestionKind;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The observations a meeting recorded in the review, read for its minutes. */
@Repository
class MinutesRepository {

    private final JdbcClient jdbc;

    MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The meeting's observations by commitment number, each commitment's in the order recorded; the title is the
     * reviewed version's, so later revisions do not rewrite the minutes.
     */
    List<ObservationLine> findLines(long meetingId) {
        Map<Long, ObservationLine> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.meeting_id, m.held_on, c.number, c.reference, v.title, o.id AS observation_id, o.text, s.kind
                FROM pan_observation o
                JOIN pan_meeting m ON m.id = o.meeting_id
                JOIN pan_commitment c ON c.id = o.commitment_id
                JOIN pan_commitment_version v ON v.id = o.version_id
                LEFT JOIN pan_observation_suggestion s ON s.observation_id = o.id
                WHERE o.meeting_id = ? ORDER BY c.number, o.position, s.kind""")
                .param(meetingId)
                // one row per suggestion kind: folded into the observation's line
                .query((RowCallbackHandler) rs -> {
                    long id = rs.getLong("observation_id");
                    if (!lines.containsKey(id)) {
                        lines.put(id, new ObservationLine(rs.getLong("meeting_id"),
                                rs.getObject("held_on", LocalDate.class), rs.getInt("number"),
                                rs.getString("reference"), rs.getString("title"), id, rs.getString("text"),
                                EnumSet.noneOf(SuggestionKind.class)));
                    }
                    String kind = rs.getString("kind");
                    if (kind != null) {
                        lines.get(id).suggestions().add(SuggestionKind.valueOf(kind));
                    }
                });
        return new ArrayList<>(lines.values());
    }
}
