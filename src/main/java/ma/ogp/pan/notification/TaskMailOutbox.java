package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.identity.Recipients;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mails owed for new tasks: a row per task and recipient, written in the transaction that creates the task, so
 * that a task rolled back owes no mail and a task committed never misses its mail. TaskMailSender sends them.
 */
@Repository
class TaskMailOutbox {

    /** A task to tell its recipient about; {@code id} orders the rows, the first one names the digest. */
    record Row(long id, String taskId) {
    }

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final Clock clock;

    TaskMailOutbox(JdbcClient jdbc, Recipients recipients, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Who is to act on the task: its assignee, else the members of its candidate groups and its candidate users. */
    void record(DelegateTask task) {
        // whoever completed the previous task may not read other users: the engine itself looks them up
        Set<String> to = Context.getCommandContext().runWithoutAuthorization(() -> addresses(task));
        OffsetDateTime now = OffsetDateTime.now(clock);
        to.forEach(address -> jdbc.sql("INSERT INTO pan_task_mail (task_id, recipient, created_at) VALUES (?, ?, ?)")
                .params(task.getId(), address, now).update());
    }

    private Set<String> addresses(DelegateTask task) {
        Set<String> to = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            to.addAll(recipients.ofUser(task.getAssignee()));
            return to;
        }
        for (IdentityLink candidate : task.getCandidates()) {
            to.addAll(candidate.getGroupId() != null ? recipients.ofGroup(candidate.getGroupId())
                    : recipients.ofUser(candidate.getUserId()));
        }
        return to;
    }

    /** Everyone owed a mail. */
    List<String> recipients() {
        return jdbc.sql("SELECT DISTINCT recipient FROM pan_task_mail ORDER BY recipient").query(String.class).list();
    }

    /**
     * Locks the recipient's rows until the caller's transaction ends; rows another node holds are skipped (it is
     * sending them), so two nodes never send the same rows.
     */
    List<Row> lock(String recipient) {
        return jdbc.sql("SELECT id, task_id FROM pan_task_mail WHERE recipient = ? ORDER BY id FOR UPDATE SKIP LOCKED")
                .param(recipient).query(Row.class).list();
    }

    void delete(List<Row> rows) {
        rows.forEach(row -> jdbc.sql("DELETE FROM pan_task_mail WHERE id = ?").param(row.id()).update());
    }
}
