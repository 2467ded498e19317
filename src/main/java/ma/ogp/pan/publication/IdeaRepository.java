package ma.ogp.pan.publication;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdeaRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IdeaRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(List<Idea> ideas, String by, OffsetDateTime at) {
        batch.batchUpdate("""
                INSERT INTO pan_idea (plan_id, reference, title, description, author_organisation, theme, author_email,
                                      submitted_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ideas, BATCH, (statement, idea) -> {
            statement.setLong(1, idea.planId());
            statement.setString(2, idea.reference());
            statement.setString(3, idea.title());
            statement.setString(4, idea.description());
            statement.setString(5, idea.authorOrganisation());
            statement.setString(6, idea.theme());
            statement.setString(7, idea.authorEmail());
            statement.setDate(8, Date.valueOf(idea.submittedOn()));
            statement.setString(9, by);
            statement.setObject(10, at);
        });
    }

    /** Links ideas to commitments: pairs of idea id and commitment id. */
    void linkAll(List<long[]> links) {
        batch.batchUpdate("INSERT INTO pan_idea_commitment (idea_id, commitment_id) VALUES (?, ?)", links, BATCH,
                (statement, link) -> {
                    statement.setLong(1, link[0]);
                    statement.setLong(2, link[1]);
                });
    }

    List<String> references(long planId) {
        return jdbc.sql("SELECT reference FROM pan_idea WHERE plan_id = ?").param(planId).query(String.class).list();
    }

    Map<String, Long> idsByReference(long planId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT reference, id FROM pan_idea WHERE plan_id = ?").param(planId)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    /** The plan's ideas with their commitments: two queries, whatever the number of ideas. */
    List<Idea> findByPlan(long planId) {
        record Row(long id, long planId, String reference, String title, String description,
                   String authorOrganisation, String theme, String authorEmail, LocalDate submittedOn) {
        }
        Map<Long, List<String>> links = new HashMap<>();
        jdbc.sql("""
                SELECT l.idea_id, c.reference FROM pan_idea_commitment l
                JOIN pan_idea i ON i.id = l.idea_id JOIN pan_commitment c ON c.id = l.commitment_id
                WHERE i.plan_id = ? ORDER BY c.number""").param(planId)
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                SELECT id, plan_id, reference, title, description, author_organisation, theme, author_email, submitted_on
                FROM pan_idea WHERE plan_id = ? ORDER BY reference""")
                .param(planId).query(Row.class).list().stream()
                .map(r -> new Idea(r.id(), r.planId(), r.reference(), r.title(), r.description(),
                        r.authorOrganisation(), r.theme(), r.authorEmail(), r.submittedOn(),
                        links.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
