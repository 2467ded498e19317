package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.support.OnEmbeddedPostgres;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.TestSmtp;
import ma.ogp.pan.support.UniqueCodes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminders at volume: MEMBERS members owe COMMITMENTS × REVIEWERS review tasks (10,000 by default: 500 members,
 * 500 drafts each reviewed by 20 of them, 20 tasks per member), all due the same day. The plan starts one
 * deadline-notices instance per member (DeadlineReminders, as the review window does); their timers come due at
 * once and the job executor (on, as in production: 4 threads) sends the reminders through real SMTP to GreenMail.
 * Prints the time from the timers' due moment to the last mail received, and checks that each member got exactly
 * one reminder listing her tasks. The tasks are the lifecycle's review task ({@code Task_ReviewCommitment}, same key,
 * same {@code planId} variable, one assignee each) in a bench process of one multi-instance task: the reminders
 * read nothing else of the lifecycle, whose 500 full runs would take longer than the rest.
 * Run by src/test/bench/reminders-at-volume.sh.
 */
@PanIntegrationTest
@OnEmbeddedPostgres
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "logging.level.root=WARN"})
class RemindersAtVolumeBench {

    private static final int MEMBERS = Integer.getInteger("bench.members", 500);
    private static final int COMMITMENTS = Integer.getInteger("bench.commitments", 500);
    private static final int REVIEWERS = Integer.getInteger("bench.reviewers", 20);
    private static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("bench.timeout-minutes", 15));
    private static final GreenMail SMTP = new GreenMail(TestSmtp.SETUP);

    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ActionPlanRepository plans;
    @Autowired DeadlineReminders reminders;

    @BeforeAll
    static void smtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void everyMemberGetsHerReminderOnceWhenTenThousandTasksComeDueTheSameDay() throws Exception {
        long setUp = System.nanoTime();
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj("banc%04d"::formatted).toList();
        for (String login : members) {
            User user = identity.newUser(login);
            user.setFirstName("Membre");
            user.setLastName(login);
            user.setEmail(login + "@banc.example.org");
            identity.saveUser(user);
        }
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("RV"), "Plan des relances en volume",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        // due in two days: the reminder a day before is the next one, the 7- and 3-day ones are past
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2);
        jdbc.sql("INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at) VALUES (?, ?, ?, ?)")
                .params(plan.id(), Deadline.REVIEW_COMMENTS, due, due).update();
        String task = CommitmentLifecycle.TASK_BY_DEADLINE.get(Deadline.REVIEW_COMMENTS);
        repository.createDeployment().addModelInstance("bench-reviews.bpmn", Bpmn.createExecutableProcess("bench-reviews")
                .camundaHistoryTimeToLive(1).startEvent().userTask(task).name("Examiner le projet d'engagement")
                .camundaAssignee("${reviewer}").multiInstance().parallel().camundaCollection("${reviewers}")
                .camundaElementVariable("reviewer").multiInstanceDone().endEvent().done()).deploy();
        for (int c = 0; c < COMMITMENTS; c++) {
            List<String> reviewers = new ArrayList<>();
            for (int r = 0; r < REVIEWERS; r++) {
                reviewers.add(members.get((c * REVIEWERS + r) % MEMBERS));
            }
            runtime.createProcessInstanceByKey("bench-reviews").businessKey(plan.code() + "-" + (c + 1))
                    .setVariable("planId", plan.id()).setVariable("reviewers", reviewers).execute();
        }
        reminders.start(plan.code(), plan.id(), Deadline.REVIEW_COMMENTS, members);
        long openTasks = tasks.createTaskQuery().taskDefinitionKey(task).processVariableValueEquals("planId", plan.id())
                .count();
        int timers = jdbc.sql("SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = ? AND handler_type_ LIKE 'timer%'")
                .param(DeadlineReminders.PROCESS).query(Integer.class).single();
        System.out.printf("%nset-up: %d members, %d open review tasks, %d reminder timers, in %.0f s%n",
                MEMBERS, openTasks, timers, (System.nanoTime() - setUp) / 1e9);

        // the day comes: every timer is due now
        long start = System.nanoTime();
        jdbc.sql("UPDATE act_ru_job SET duedate_ = ? WHERE process_def_key_ = ? AND handler_type_ LIKE 'timer%'")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), DeadlineReminders.PROCESS).update();
        long first = 0;
        long end = start + TIMEOUT.toNanos();
        while (SMTP.getReceivedMessages().length < MEMBERS && System.nanoTime() < end) {
            if (first == 0 && SMTP.getReceivedMessages().length > 0) {
                first = System.nanoTime();
            }
            Thread.sleep(20);
        }
        long last = System.nanoTime();
        Thread.sleep(5000); // a duplicate would come after the last expected one
        MimeMessage[] received = SMTP.getReceivedMessages();

        Map<String, Integer> perRecipientAndDeadline = new HashMap<>();
        for (MimeMessage mail : received) {
            assertThat(mail.getSubject()).startsWith("Dernier rappel : " + REVIEWERS * COMMITMENTS / MEMBERS + " tâche(s)");
            perRecipientAndDeadline.merge(mail.getRecipients(Message.RecipientType.TO)[0] + " | " + mail.getSubject(), 1,
                    Integer::sum);
        }
        int records = jdbc.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key LIKE ? AND sent_at IS NOT NULL")
                .param("REMINDER:" + Deadline.REVIEW_COMMENTS + ":" + plan.id() + ":%").query(Integer.class).single();
        System.out.printf("""
                        === Reminders at volume (PostgreSQL, job executor on, GreenMail over SMTP) ===
                        %d open tasks due the same day, %d members (%d tasks each), one reminder per member and deadline
                        reminders received %d (distinct recipient and subject %d, recorded as sent %d)
                        timers due -> first reminder %.1f s, -> last reminder %.1f s
                        load average %s
                        """, openTasks, MEMBERS, REVIEWERS * COMMITMENTS / MEMBERS, received.length,
                perRecipientAndDeadline.size(), records, first == 0 ? Double.NaN : (first - start) / 1e9,
                (last - start) / 1e9, loadAverage());
        assertThat(perRecipientAndDeadline).hasSize(MEMBERS).allSatisfy((key, count) -> assertThat(count).as(key).isOne());
        assertThat(records).isEqualTo(MEMBERS);
    }

    private static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    }
}
