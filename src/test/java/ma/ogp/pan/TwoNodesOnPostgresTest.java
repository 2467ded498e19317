package ma.ogp.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.support.EmbeddedPostgresDatabases;
import ma.ogp.pan.support.ForkedApplication;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.RunsBesideTheSuite;
import ma.ogp.pan.support.JobsAndMails;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 14: two nodes (JVMs of their own, both job executors on) on one PostgreSQL database, started at the same
 * moment on the empty database, then restarted at the same time. The schemas are created once and the start-up work
 * done once; the comment quota, the login throttle's failures and the sessions are shared; a comment posted on one
 * node shows on the other; an extension decided on one node re-plans the timers; and after the demo's time moves past
 * the new deadline every timer fires once, none at the old date, and every mail goes once.
 */
@RunsBesideTheSuite
class TwoNodesOnPostgresTest {

    private static final Duration START = Duration.ofSeconds(360);
    private static final String PAGE = "/consultation/PAN3-01";
    /** The demo's review deadline, extended by a day from the first node. */
    private static final OffsetDateTime OLD_DUE = OffsetDateTime.parse("2024-02-26T23:59:00+01:00");
    private static final OffsetDateTime NEW_DUE = OffsetDateTime.parse("2024-02-27T23:59:00+01:00");
    private static final String EXTENSION = """
            {"variables": {"newDueDate": {"value": "2024-02-27", "type": "String"},
                           "extensionReason": {"value": "Décision du comité, prise sur le premier nœud", "type": "String"}}}""";
    private static final List<String> DEADLINE_TIMERS = List.of("Timer_DeadlineReached", "BoundaryEvent_ReviewRoundDue");
    private final String url = EmbeddedPostgresDatabases.newDatabase();
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    private List<ForkedApplication> nodes = List.of();

    @AfterEach
    void stop() {
        nodes.forEach(ForkedApplication::kill);
        smtp.stop();
    }

    @Test
    void twoNodesShareTheWorkAndDoEverythingOnce() throws Exception {
        smtp.start();
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "postgres", "", true)) {
            JdbcClient db = JdbcClient.create(ds);

            // 1. both start at the same moment on the empty database: one creates Camunda's tables (SchemaLock), the
            // application's (Flyway's own lock) and loads the demo (StartupLock), the other waits and finds them
            nodes = startBoth();
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = ?")
                    .param(Processes.ACTION_PLAN_COCREATION).query(Integer.class).single()).as("deployed once").isOne();

            // 2. a comment posted on one node shows on the other; the quota of one per window is the cluster's
            CrashOnPostgresTest.openConsultation(db);
            Visitor onFirst = new Visitor(nodes.get(0).port()).from("203.0.113.7");
            assertThat(onFirst.submit(PAGE, PAGE + "/commentaires", comment("Posté sur le premier nœud"), true)
                    .statusCode()).isEqualTo(302);
            Visitor onSecond = new Visitor(nodes.get(1).port()).from("203.0.113.7");
            assertThat(onSecond.submit(PAGE, PAGE + "/commentaires", comment("Puis sur le second"), true)
                    .statusCode()).as("the same citizen's second comment, on the other node").isEqualTo(429);
            db.sql("UPDATE pan_public_comment SET status = 'APPROVED'").update();
            assertThat(onSecond.get(PAGE).body()).contains("Posté sur le premier nœud");

            // a session opened on one node is valid on the other (Spring Session JDBC)
            Visitor secretariat = new Visitor(nodes.get(0).port());
            assertThat(secretariat.submit("/login", "/login", Map.of("username", "oelmoustamide", "password", "demo"),
                    true).statusCode()).isEqualTo(302);
            HttpResponse<String> staffPage = new Visitor(nodes.get(1).port())
                    .withCookie("JSESSIONID", secretariat.cookie("JSESSIONID").orElseThrow()).get("/app");
            assertThat(staffPage.statusCode()).as("signed in on the other node").isEqualTo(200);

            // failed logins count on every node (LoginThrottle in the database): three free failures on one, the
            // fourth on the other is told to wait (alone there it would be a first), and the first then slows even
            // the right password
            for (int i = 0; i < 3; i++) {
                assertThat(login(0, "devine" + i).statusCode()).as("free failure").isEqualTo(302);
            }
            assertThat(login(1, "devine").statusCode()).as("the fourth failure, on the other node").isEqualTo(429);
            assertThat(login(0, "demo").statusCode()).as("slowed on the first node").isEqualTo(429);

            // 3. an extension decided through the first node moves the timers waiting on the review deadline
            String window = db.sql("SELECT v.PROC_INST_ID_ FROM ACT_RU_VARIABLE v JOIN ACT_RU_TASK t ON "
                    + "t.PROC_INST_ID_ = v.PROC_INST_ID_ WHERE v.NAME_ = 'deadlineKind' AND v.TEXT_ = ? "
                    + "AND t.TASK_DEF_KEY_ = 'Task_ExtendDeadline'").param(Deadline.REVIEW_COMMENTS)
                    .query(String.class).single();
            assertThat(deadlineTimers(db, OLD_DUE)).as("timers at the old date").isPositive();
            assertThat(new Http(nodes.get(0).port()).postJson("/engine-rest/task/" + extendTask(db, window)
                            + "/submit-form", EXTENSION, "oelmoustamide", "demo").statusCode()).isEqualTo(204);
            assertThat(deadlineTimers(db, OLD_DUE)).as("timers left at the old date").isZero();

            // 4. both restart at once, past the new deadline: both job executors take the wave (reminders, the
            // window's close, the escalations)
            JobsAndMails.await(Duration.ofSeconds(180), () -> JobsAndMails.settled(db));
            // the window's own timer too, planned anew once the extension's notices went (asynchronously)
            assertThat(deadlineTimers(db, NEW_DUE)).as("timers at the new date").isGreaterThan(1);
            nodes.forEach(ForkedApplication::kill);
            // a quarter of an hour past the new date, before the review rounds' safety net an hour later: in real
            // time the window closes the rounds long before their own timers come due
            CrashOnPostgresTest.setDemoClock(db, NEW_DUE.plusMinutes(15));
            nodes = startBoth();
            // both redid the start-up work at the same time, one after the other (StartupLock), and found it done
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?")
                    .param(Processes.ACTION_PLAN_COCREATION).query(Integer.class).single()).as("co-creations").isOne();
            assertThat(db.sql("SELECT COUNT(*) FROM (SELECT NAME_, OWNER_ FROM ACT_RU_FILTER GROUP BY NAME_, OWNER_ "
                    + "HAVING COUNT(*) > 1) doubled").query(Integer.class).single()).as("doubled filters").isZero();
            JobsAndMails.await(Duration.ofSeconds(180), () -> JobsAndMails.settled(db)
                    && CrashOnPostgresTest.reminderRecords(db) > 0);

            assertThat(CrashOnPostgresTest.reminderRecords(db)).as("one reminder per member owing reviews")
                    .isGreaterThanOrEqualTo(20);
            assertThat(db.sql("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 "
                    + "GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice").query(Integer.class).single())
                    .as("jobs run twice").isZero();
            assertThat(JobsAndMails.assertEveryMailArrived(db, smtp, 0)).as("mails sent twice").isZero();
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Integer.class).single()).isZero();
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0").query(Integer.class).single())
                    .as("failed jobs").isZero();
            // the window closed once, at the new date, on either node; no deadline timer fired before it
            assertThat(db.sql("SELECT JOB_DUEDATE_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND PROCESS_INSTANCE_ID_ = ?"
                    + " AND ACT_ID_ = 'Timer_DeadlineReached'").param(window).query(LocalDateTime.class).list())
                    .containsExactly(utc(NEW_DUE));
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND ACT_ID_ IN (?, ?) "
                            + "AND (TIMESTAMP_ < ? OR JOB_DUEDATE_ < ?)").params(DEADLINE_TIMERS.get(0),
                            DEADLINE_TIMERS.get(1), utc(NEW_DUE), utc(NEW_DUE)).query(Integer.class).single())
                    .as("deadline timers fired before the new date").isZero();
            db.sql("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_")
                    .query((rs, i) -> rs.getString(1) + ": " + rs.getInt(2) + " jobs").list()
                    .forEach(System.out::println);
        }
    }

    /** Logs in through the form of this node, from one client address. */
    private HttpResponse<String> login(int node, String password) {
        return new Visitor(nodes.get(node).port()).from("198.51.100.23").submit("/login", "/login",
                Map.of("username", "aanajjar", "password", password), true);
    }

    private static String extendTask(JdbcClient db, String window) {
        return db.sql("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = 'Task_ExtendDeadline'")
                .param(window).query(String.class).single();
    }

    /** The timers of the review deadline (the window's, and the review rounds' safety net an hour later) due then. */
    private static int deadlineTimers(JdbcClient db, OffsetDateTime due) {
        return db.sql("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
                        + "WHERE d.ACT_ID_ IN (?, ?) AND j.DUEDATE_ IN (?, ?)")
                .params(DEADLINE_TIMERS.get(0), DEADLINE_TIMERS.get(1), utc(due),
                        utc(due.plus(DeadlineService.SAFETY_NET)))
                .query(Integer.class).single();
    }

    /** Camunda's timestamps on PostgreSQL are local times of the nodes' zone (UTC). */
    private static LocalDateTime utc(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private List<ForkedApplication> startBoth() {
        var first = CompletableFuture.supplyAsync(() -> start("node-1"));
        var second = CompletableFuture.supplyAsync(() -> start("node-2"));
        return List.of(first.join(), second.join());
    }

    private ForkedApplication start(String name) {
        return ForkedApplication.start(Path.of("target", "two-nodes-" + name + ".log"), START,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--pan.cluster.nodes=2", "--pan.consultation.comments-per-window=1",
                // a slowed login stays slowed while the test asks the other node
                "--pan.login-throttle.first-delay=PT60S",
                // the job log names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--logging.level.root=WARN");
    }

    private static Map<String, String> comment(String body) {
        return Map.of("body", body, "name", "Amina B.", "consent", "true", "website", "");
    }
}
