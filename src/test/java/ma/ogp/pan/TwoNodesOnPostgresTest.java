package ma.ogp.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.support.EmbeddedPostgresDatabases;
import ma.ogp.pan.support.ForkedApplication;
import ma.ogp.pan.support.RunsBesideTheSuite;
import ma.ogp.pan.support.JobsAndMails;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 14: two nodes (JVMs of their own, both job executors on) on one PostgreSQL database, restarted at the same
 * time. The start-up work is done once, the comment quota and the sessions are shared, a comment posted on one node
 * shows on the other, and after the demo's time moves past a reminder date every timer fires once and every mail goes
 * once.
 */
@RunsBesideTheSuite
class TwoNodesOnPostgresTest {

    private static final Duration START = Duration.ofSeconds(360);
    private static final String PAGE = "/consultation/PAN3-01";
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

            // 1. the first node creates the schema and loads the demo (Camunda's own schema creation cannot run on two
            // nodes at once: see README), then the second joins
            nodes = List.of(start("node-1"), start("node-2"));

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

            // 3. both restart at once, past the 3-day reminder of the review window: both job executors take the wave
            JobsAndMails.await(Duration.ofSeconds(180), () -> JobsAndMails.settled(db));
            nodes.forEach(ForkedApplication::kill);
            CrashOnPostgresTest.moveDemoClock(db, Duration.ofHours(42));
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
            db.sql("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_")
                    .query((rs, i) -> rs.getString(1) + ": " + rs.getInt(2) + " jobs").list()
                    .forEach(System.out::println);
        }
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
                // the job log names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--logging.level.root=WARN");
    }

    private static Map<String, String> comment(String body) {
        return Map.of("body", body, "name", "Amina B.", "consent", "true", "website", "");
    }
}
