package ma.ogp.pan.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import ma.ogp.pan.committee.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ObservationRepository {

    private final JdbcClient jdbc;

    public ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the observation after the commitment's existing ones. */
    public void add(Observation observation) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_observation (commitment_id, version_id, round_no, meeting_id, author_login, position,
                                             text, recommended_decision, created_at)
                SELECT c.id, v.id, ?, ?, ?,
                       (SELECT COALESCE(MAX(o.position), 0) + 1 FROM pan_observation o WHERE o.commitment_id = c.id),
                       ?, ?, ?
                FROM pan_commitment c JOIN pan_commitment_version v ON v.commitment_id = c.id AND v.version_no = ?
                WHERE c.id = ?""")
                .params(observation.roundNo(), observation.meetingId(), observation.authorLogin(), observation.text(),
                        observation.recommendedDecision() == null ? null : observation.recommendedDecision().name(),
                        observation.createdAt(), observation.versionNo(), observation.commitmentId())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (SuggestionKind kind : observation.suggestions()) {
            jdbc.sql("INSERT INTO pan_observation_suggestion (observation_id, kind) VALUES (?, ?)")
                    .params(id, kind.name()).update();
        }
    }

    /** One line per observation on the commitment, oldest first: author (or meeting), text, recommendation. */
    public List<String> findSummaryLines(long commitmentId) {
        return jdbc.sql("""
                SELECT o.author_login, p.civility, p.first_name, p.last_name, o.text, o.recommended_decision, v.version_no
                FROM pan_observation o JOIN pan_commitment_version v ON v.id = o.version_id
                LEFT JOIN pan_person p ON p.login = o.author_login
                WHERE o.commitment_id = ? ORDER BY o.position""")
                .param(commitmentId)
                .query((rs, n) -> "v" + rs.getInt("version_no") + " · " + author(rs) + " : " + rs.getString("text")
                        + (rs.getString("recommended_decision") == null ? ""
                        : " → " + ReviewDecisionKind.valueOf(rs.getString("recommended_decision")).label()))
                .list();
    }

    public List<String> findTexts(long commitmentId) {
        return jdbc.sql("SELECT text FROM pan_observation WHERE commitment_id = ? ORDER BY position")
                .param(commitmentId).query(String.class).list();
    }

    /** The member by her display name; a meeting's observation has none. */
    private static String author(ResultSet rs) throws SQLException {
        if (rs.getString("author_login") == null) {
            return "réunion du comité";
        }
        return rs.getString("last_name") == null ? rs.getString("author_login") : new Person(null, null,
                rs.getString("civility"), rs.getString("first_name"), rs.getString("last_name"), null, 0).displayName();
    }
}
