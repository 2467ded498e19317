package ma.ogp.pan.followup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the follow-up reads from the pan_ tables: one query each for a whole plan, whatever its size. */
@Repository
class FollowUpRepository {

    /** One reviewer's row in one review round: sent, or missing when the round closed. */
    record Participation(long commitmentId, int roundNo, String reviewerLogin, boolean submitted) {
    }

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lifecycle's process instance id of each of the plan's commitments, to commitment id. */
    Map<String, Long> findLifecycles(long planId) {
        return jdbc.sql("""
                SELECT l.process_instance_id, l.commitment_id FROM pan_commitment_lifecycle l
                JOIN pan_commitment c ON c.id = l.commitment_id WHERE c.plan_id = ?""")
                .param(planId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Participation> findParticipation(long planId) {
        return jdbc.sql("""
                SELECT p.commitment_id, p.round_no, p.reviewer_login, p.submitted FROM pan_review_participation p
                JOIN pan_commitment c ON c.id = p.commitment_id WHERE c.plan_id = ?""")
                .param(planId).query(Participation.class).list();
    }

    /** How many decisions each commitment has had: the number of its review round in progress, if one is. */
    Map<Long, Integer> findDecisionCounts(long planId) {
        return jdbc.sql("""
                SELECT d.commitment_id, COUNT(*) FROM pan_review_decision d
                JOIN pan_commitment c ON c.id = d.commitment_id WHERE c.plan_id = ? GROUP BY d.commitment_id""")
                .param(planId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Everyone with a login, by login: name and organisation, as people are shown. */
    Map<String, Who> findPeople() {
        return jdbc.sql("""
                SELECT p.login, TRIM(CONCAT(COALESCE(p.civility, ''), ' ', p.first_name, ' ', p.last_name)) AS name,
                       i.name AS organisation
                FROM pan_person p JOIN pan_institution i ON i.id = p.institution_id WHERE p.login IS NOT NULL""")
                .query((rs, n) -> Map.entry(rs.getString(1), new Who(rs.getString(2), rs.getString(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
