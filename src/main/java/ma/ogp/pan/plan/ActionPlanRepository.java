package ma.ogp.pan.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

@Repository
public class ActionPlanRepository {

    private final JdbcClient jdbc;

    public ActionPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ActionPlan> findAll() {
        return jdbc.sql("SELECT id, code, title, period_start, period_end FROM pan_action_plan ORDER BY period_start DESC")
                .query(ActionPlan.class).list();
    }

    public Optional<ActionPlan> findByCode(String code) {
        return jdbc.sql("SELECT id, code, title, period_start, period_end FROM pan_action_plan WHERE code = ?")
                .param(code).query(ActionPlan.class).optional();
    }

    public ActionPlan getById(long id) {
        return jdbc.sql("SELECT id, code, title, period_start, period_end FROM pan_action_plan WHERE id = ?")
                .param(id).query(ActionPlan.class).single();
    }

    /** The plan with this code, or a 404 that names it. */
    public ActionPlan getByCode(String code) {
        return findByCode(code).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun plan d'action « " + code + " »"));
    }

    public ActionPlan insert(ActionPlan plan) {
        jdbc.sql("INSERT INTO pan_action_plan (code, title, period_start, period_end) VALUES (?, ?, ?, ?)")
                .params(plan.code(), plan.title(), plan.periodStart(), plan.periodEnd()).update();
        return findByCode(plan.code()).orElseThrow();
    }

    /** A plan set up on the staff pages: a draft, not public until its timeline is published. */
    public ActionPlan insertDraft(ActionPlan plan, Participation participation) {
        jdbc.sql("""
                INSERT INTO pan_action_plan (code, title, period_start, period_end, published_at, participation_fr,
                    participation_ar, participation_en) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)""")
                .params(plan.code(), plan.title(), plan.periodStart(), plan.periodEnd(), participation.fr(),
                        participation.ar(), participation.en()).update();
        return findByCode(plan.code()).orElseThrow();
    }

    /** Title, period and how to take part; the code stays, it names the plan in addresses and references. */
    public void update(ActionPlan plan, Participation participation) {
        jdbc.sql("""
                UPDATE pan_action_plan SET title = ?, period_start = ?, period_end = ?, participation_fr = ?,
                    participation_ar = ?, participation_en = ? WHERE id = ?""")
                .params(plan.title(), plan.periodStart(), plan.periodEnd(), participation.fr(), participation.ar(),
                        participation.en(), plan.id()).update();
    }

    public PlanSetup findSetup(ActionPlan plan) {
        return jdbc.sql("""
                SELECT published_at, started_at, participation_fr, participation_ar, participation_en
                FROM pan_action_plan WHERE id = ?""").param(plan.id())
                .query((rs, row) -> new PlanSetup(plan, rs.getObject("published_at", OffsetDateTime.class),
                        rs.getObject("started_at", OffsetDateTime.class), new Participation(
                        rs.getString("participation_fr"), rs.getString("participation_ar"),
                        rs.getString("participation_en"))))
                .single();
    }

    public void markPublished(long planId, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_action_plan SET published_at = ? WHERE id = ? AND published_at IS NULL")
                .params(at, planId).update();
    }

    /** Starting the co-creation publishes the timeline too, if the plan had not. */
    public void markStarted(long planId, OffsetDateTime at) {
        jdbc.sql("UPDATE pan_action_plan SET started_at = ?, published_at = COALESCE(published_at, ?) WHERE id = ?")
                .params(at, at, planId).update();
    }

    /** The plans whose timeline is public, the newest period first. */
    public List<ActionPlan> findPublished() {
        return jdbc.sql("""
                SELECT id, code, title, period_start, period_end FROM pan_action_plan WHERE published_at IS NOT NULL
                ORDER BY period_start DESC""").query(ActionPlan.class).list();
    }

    public List<PlanPhase> findPhases(long planId) {
        return jdbc.sql("SELECT phase, starts_on, ends_on FROM pan_plan_phase WHERE plan_id = ? ORDER BY position")
                .param(planId).query(PlanPhase.class).list();
    }

    public void insertPhases(long planId, List<PlanPhase> phases) {
        for (int i = 0; i < phases.size(); i++) {
            PlanPhase p = phases.get(i);
            jdbc.sql("INSERT INTO pan_plan_phase (plan_id, phase, position, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)")
                    .params(planId, p.phase().name(), i + 1, p.startsOn(), p.endsOn()).update();
        }
    }

    public void replacePhases(long planId, List<PlanPhase> phases) {
        jdbc.sql("DELETE FROM pan_plan_phase WHERE plan_id = ?").param(planId).update();
        insertPhases(planId, phases);
    }

    /** Only before the co-creation starts: a deadline has no extension then. */
    public void replaceDeadlines(long planId, List<Deadline> deadlines) {
        jdbc.sql("DELETE FROM pan_deadline WHERE plan_id = ?").param(planId).update();
        deadlines.forEach(this::insert);
    }

    public List<Deadline> findDeadlines(long planId) {
        return jdbc.sql("SELECT id, plan_id, kind, due_at, initial_due_at FROM pan_deadline WHERE plan_id = ? ORDER BY initial_due_at")
                .param(planId).query(Deadline.class).list();
    }

    public Deadline insert(Deadline deadline) {
        jdbc.sql("INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at) VALUES (?, ?, ?, ?)")
                .params(deadline.planId(), deadline.kind(), deadline.dueAt(), deadline.initialDueAt()).update();
        return jdbc.sql("SELECT id, plan_id, kind, due_at, initial_due_at FROM pan_deadline WHERE plan_id = ? AND kind = ?")
                .params(deadline.planId(), deadline.kind()).query(Deadline.class).single();
    }

    /** Records the extension and moves the deadline, in the caller's transaction. */
    public void extend(DeadlineExtension extension) {
        jdbc.sql("""
                INSERT INTO pan_deadline_extension (deadline_id, previous_due_at, new_due_at, reason, extended_by, extended_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(extension.deadlineId(), extension.previousDueAt(), extension.newDueAt(), extension.reason(),
                        extension.extendedBy(), extension.extendedAt())
                .update();
        jdbc.sql("UPDATE pan_deadline SET due_at = ? WHERE id = ?")
                .params(extension.newDueAt(), extension.deadlineId()).update();
    }

    public List<DeadlineExtension> findExtensions(long deadlineId) {
        return jdbc.sql("""
                SELECT deadline_id, previous_due_at, new_due_at, reason, extended_by, extended_at
                FROM pan_deadline_extension WHERE deadline_id = ? ORDER BY extended_at""")
                .param(deadlineId).query(DeadlineExtension.class).list();
    }
}
