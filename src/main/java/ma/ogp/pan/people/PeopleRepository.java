package ma.ogp.pan.people;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.PlanRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the staff pages change in the institutions, the people, their roles and their invitations. */
@Repository
class PeopleRepository {

    /** One role of a person in one plan. */
    record Role(long planId, PlanRole role) {
    }

    /** An invitation as its link finds it. */
    record Invitation(long id, long personId, OffsetDateTime expiresAt, OffsetDateTime usedAt,
                      OffsetDateTime replacedAt) {
    }

    private static final String PEOPLE = """
            SELECT p.id, p.login, p.civility, p.first_name, p.last_name, p.email, p.institution_id,
                   i.code AS institution_code, i.name AS institution_name, i.sector, p.deactivated_at
            FROM pan_person p JOIN pan_institution i ON i.id = p.institution_id""";

    private final JdbcClient jdbc;

    PeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void update(Institution institution) {
        jdbc.sql("UPDATE pan_institution SET name = ?, acronym = ?, sector = ? WHERE id = ?")
                .params(institution.name(), institution.acronym(), institution.sector().name(), institution.id())
                .update();
    }

    List<PersonRow> findPeople() {
        return jdbc.sql(PEOPLE + " ORDER BY p.last_name, p.first_name, p.id").query(PersonRow.class).list();
    }

    Optional<PersonRow> findPerson(long id) {
        return jdbc.sql(PEOPLE + " WHERE p.id = ?").param(id).query(PersonRow.class).optional();
    }

    /** How many people of the institution sit on a committee, in any plan. */
    int committeeMembers(long institutionId) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT p.id) FROM pan_person p JOIN pan_plan_role r ON r.person_id = p.id
                WHERE p.institution_id = ? AND r.role IN ('COMMITTEE_GOVERNMENT', 'COMMITTEE_CIVIL_SOCIETY')""")
                .param(institutionId).query(Integer.class).single();
    }

    boolean emailTaken(String email, long exceptPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_person WHERE LOWER(email) = LOWER(?) AND id <> ?")
                .params(email, exceptPersonId).query(Integer.class).single() > 0;
    }

    boolean loginTaken(String login) {
        return jdbc.sql("SELECT COUNT(*) FROM pan_person WHERE LOWER(login) = LOWER(?)")
                .param(login).query(Integer.class).single() > 0;
    }

    void updatePerson(long id, String civility, String firstName, String lastName, String email, long institutionId) {
        jdbc.sql("UPDATE pan_person SET civility = ?, first_name = ?, last_name = ?, email = ?, institution_id = ? WHERE id = ?")
                .params(civility, firstName, lastName, email, institutionId, id).update();
    }

    void deactivate(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_person SET deactivated_at = ?, deactivated_by = ? WHERE id = ? AND deactivated_at IS NULL")
                .params(at, by, id).update();
    }

    List<Role> roles(long personId) {
        return jdbc.sql("SELECT plan_id, role FROM pan_plan_role WHERE person_id = ? ORDER BY plan_id, role")
                .param(personId).query(Role.class).list();
    }

    /** Her roles in this plan become these; her roles in the other plans stay. */
    void replaceRoles(long personId, long planId, Collection<PlanRole> roles) {
        jdbc.sql("DELETE FROM pan_plan_role WHERE person_id = ? AND plan_id = ?").params(personId, planId).update();
        roles.forEach(role -> jdbc.sql("INSERT INTO pan_plan_role (plan_id, person_id, role) VALUES (?, ?, ?)")
                .params(planId, personId, role.name()).update());
    }

    /** A new invitation; the unused ones before it no longer set a password. */
    long invite(long personId, String tokenHash, String by, OffsetDateTime at, OffsetDateTime expiresAt) {
        jdbc.sql("UPDATE pan_invitation SET replaced_at = ? WHERE person_id = ? AND used_at IS NULL AND replaced_at IS NULL")
                .params(at, personId).update();
        jdbc.sql("""
                INSERT INTO pan_invitation (person_id, token_hash, invited_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""").params(personId, tokenHash, by, at, expiresAt).update();
        return jdbc.sql("SELECT id FROM pan_invitation WHERE token_hash = ?").param(tokenHash).query(Long.class).single();
    }

    /** Ends every unused invitation of the person (she left). */
    void endInvitations(long personId, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_invitation SET replaced_at = ? WHERE person_id = ? AND used_at IS NULL AND replaced_at IS NULL")
                .params(at, personId).update();
    }

    /** The invitation of this token, locked until the end of the transaction: a link sets a password once. */
    Optional<Invitation> lockInvitation(String tokenHash) {
        return jdbc.sql("SELECT id, person_id, expires_at, used_at, replaced_at FROM pan_invitation WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash).query(Invitation.class).optional();
    }

    Optional<Invitation> findInvitation(String tokenHash) {
        return jdbc.sql("SELECT id, person_id, expires_at, used_at, replaced_at FROM pan_invitation WHERE token_hash = ?")
                .param(tokenHash).query(Invitation.class).optional();
    }

    void markUsed(long invitationId, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_invitation SET used_at = ? WHERE id = ?").params(at, invitationId).update();
    }

    /** The newest invitation of each person who has one, for the list's status column. */
    List<Invitation> latestInvitations() {
        return jdbc.sql("""
                SELECT id, person_id, expires_at, used_at, replaced_at FROM pan_invitation v
                WHERE id = (SELECT MAX(w.id) FROM pan_invitation w WHERE w.person_id = v.person_id)""")
                .query(Invitation.class).list();
    }
}
