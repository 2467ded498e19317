package ma.ogp.pan.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Institutions, people and their roles in a plan. */
@Repository
public class CommitteeRepository {

    private static final String ASSIGNMENTS = """
            SELECT DISTINCT p.login, r.role, i.code AS institution_code
            FROM pan_plan_role r
            JOIN pan_person p ON p.id = r.person_id
            JOIN pan_institution i ON i.id = p.institution_id
            WHERE p.login IS NOT NULL AND p.deactivated_at IS NULL %s
            ORDER BY p.login, r.role""";

    private final JdbcClient jdbc;

    public CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Institution> findAllInstitutions() {
        return jdbc.sql("SELECT id, code, name, acronym, sector FROM pan_institution ORDER BY code")
                .query(Institution.class).list();
    }

    public Optional<Institution> findInstitutionByCode(String code) {
        return jdbc.sql("SELECT id, code, name, acronym, sector FROM pan_institution WHERE code = ?")
                .param(code).query(Institution.class).optional();
    }

    public Institution insert(Institution institution) {
        jdbc.sql("INSERT INTO pan_institution (code, name, acronym, sector) VALUES (?, ?, ?, ?)")
                .params(institution.code(), institution.name(), institution.acronym(), institution.sector().name())
                .update();
        return findInstitutionByCode(institution.code()).orElseThrow();
    }

    public Optional<Person> findPersonByLogin(String login) {
        return jdbc.sql("""
                SELECT id, login, civility, first_name, last_name, email, institution_id
                FROM pan_person WHERE login = ?""")
                .param(login).query(Person.class).optional();
    }

    public Person insert(Person person) {
        jdbc.sql("""
                INSERT INTO pan_person (login, civility, first_name, last_name, email, institution_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(person.login(), person.civility(), person.firstName(), person.lastName(), person.email(),
                        person.institutionId())
                .update();
        return findPersonByLogin(person.login()).orElseThrow();
    }

    public void assignRole(long planId, long personId, PlanRole role) {
        jdbc.sql("INSERT INTO pan_plan_role (plan_id, person_id, role) VALUES (?, ?, ?)")
                .params(planId, personId, role.name()).update();
    }

    /** Logins of the plan's active people who hold one of these roles, in login order. */
    public List<String> findLogins(long planId, PlanRole... roles) {
        return jdbc.sql("""
                SELECT DISTINCT p.login FROM pan_plan_role r JOIN pan_person p ON p.id = r.person_id
                WHERE r.plan_id = :plan AND r.role IN (:roles) AND p.login IS NOT NULL AND p.deactivated_at IS NULL
                ORDER BY p.login""")
                .param("plan", planId)
                .param("roles", java.util.Arrays.stream(roles).map(Enum::name).toList())
                .query(String.class).list();
    }

    /** The newest plan in which this person holds the role, if any. */
    public Optional<Long> findNewestPlanWithRole(String login, PlanRole role) {
        return jdbc.sql("""
                SELECT MAX(r.plan_id) FROM pan_plan_role r JOIN pan_person p ON p.id = r.person_id
                WHERE p.login = ? AND r.role = ?""")
                .params(login, role.name()).query(Long.class).optional();
    }

    /** Every role of every active person who has a login, across all plans. */
    public List<PlanRoleAssignment> findRoleAssignments() {
        return jdbc.sql(ASSIGNMENTS.formatted("")).query(PlanRoleAssignment.class).list();
    }

    /** Every role of this person across all plans; none once she is deactivated. */
    public List<PlanRoleAssignment> findRoleAssignments(String login) {
        return jdbc.sql(ASSIGNMENTS.formatted("AND p.login = ?")).param(login).query(PlanRoleAssignment.class).list();
    }

    /** The logins of every person who has one, deactivated or not. */
    public List<String> findAllLogins() {
        return jdbc.sql("SELECT login FROM pan_person WHERE login IS NOT NULL ORDER BY login").query(String.class).list();
    }
}
