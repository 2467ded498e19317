package ma.ogp.pan.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IdeaRepository {

    private final JdbcClient jdbc;

    IdeaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Idea idea, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pan_idea (plan_id, reference, title, description, author_organisation, theme, author_email,
                                      submitted_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(idea.planId(), idea.reference(), idea.title(), idea.description(), idea.authorOrganisation(),
                        idea.theme(), idea.authorEmail(), idea.submittedOn(), by, at)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void link(long ideaId, long commitmentId) {
        jdbc.sql("INSERT INTO pan_idea_commitment (idea_id, commitment_id) VALUES (?, ?)")
                .params(ideaId, commitmentId).update();
    }

    boolean exists(long planId, String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_idea WHERE plan_id = ? AND reference = ?")
                .params(planId, reference).query(Integer.class).single() > 0;
    }

    List<Idea> findByPlan(long planId) {
        record Row(long id, long planId, String reference, String title, String description,
                   String authorOrganisation, String theme, String authorEmail, LocalDate submittedOn) {
        }
        return jdbc.sql("""
                SELECT id, plan_id, reference, title, description, author_organisation, theme, author_email, submitted_on
                FROM pan_idea WHERE plan_id = ? ORDER BY reference""")
                .param(planId).query(Row.class).list().stream()
                .map(r -> new Idea(r.id(), r.planId(), r.reference(), r.title(), r.description(),
                        r.authorOrganisation(), r.theme(), r.authorEmail(), r.submittedOn(), commitments(r.id())))
                .toList();
    }

    private List<String> commitments(long ideaId) {
        return jdbc.sql("""
                SELECT c.reference FROM pan_idea_commitment l JOIN pan_commitment c ON c.id = l.commitment_id
                WHERE l.idea_id = ? ORDER BY c.number""").param(ideaId).query(String.class).list();
    }
}
