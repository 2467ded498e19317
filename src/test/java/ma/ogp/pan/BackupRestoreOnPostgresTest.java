package ma.ogp.pan;

import static ma.ogp.pan.support.JobsAndMails.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ma.ogp.pan.support.ForkedApplication;
import ma.ogp.pan.support.RunsBesideTheSuite;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.JobsAndMails;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 15: the README's backup and restore (src/main/ops/backup.sh and restore.sh, that is pg_dump and pg_restore)
 * on a plan in the middle of its review window. The dump is taken while the application runs; the database is then
 * dropped, made again empty and restored, and the application started on it: reviews are still handed in, the
 * reminders and the close of the window happen when due, and no mail sent before the dump is sent again.
 * <p>
 * pg_dump and pg_restore come from Debian's postgresql-client-15 (a pg_dump refuses a server of a newer major
 * version, and the embedded server's Maven bundle has no client programs), so the server here is PostgreSQL 15.
 */
@RunsBesideTheSuite
class BackupRestoreOnPostgresTest {

    private static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String DATABASE = "pan_backup";
    private static final Duration START = Duration.ofSeconds(240);

    private final Path log = Path.of("target", "backup-restore-app.log");
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    private EmbeddedPostgres server;
    private ForkedApplication app;

    @BeforeEach
    void startServer() throws IOException {
        // CI installs it (.ci/run): there a missing client fails the test rather than skipping it
        assumeTrue(Files.isExecutable(PG_BIN.resolve("pg_dump")) || System.getenv("CI") != null,
                "needs Debian's postgresql-client-15 (apt-get install postgresql-client-15)");
        server = EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> postgres15()).start();
        smtp.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.kill();
        }
        smtp.stop();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPlanInItsReviewWindowGoesOnAfterBackupAndRestore() throws Exception {
        Path dump = Files.createTempDirectory("pan-backup").resolve("pan.dump");
        assertThat(run("createdb", "-T", "template0", DATABASE)).isZero();
        Map<String, Integer> atDump;
        int mailsAtDump;

        // 1. PAN3 in its review window (demo time 22 Feb 2024), moved past the 3-day reminder: the wave is sent
        try (SingleConnectionDataSource ds = dataSource()) {
            JdbcClient db = JdbcClient.create(ds);
            app = start();
            advanceDemoClock(42);
            await(Duration.ofSeconds(180), () -> reminders(db, 3) >= 20 && JobsAndMails.settled(db));
            handInAReview(db, "Avis rendu avant la sauvegarde");

            // 2. the dump, taken while the application runs
            atDump = counts(db);
            mailsAtDump = smtp.getReceivedMessages().length;
            assertThat(run(ops("backup.sh"), dump.toString())).isZero();
            assertThat(smtp.getReceivedMessages()).as("nothing sent after the dump").hasSize(mailsAtDump);
            app.kill();
        }

        // 3. the database lost, made again empty, restored; a second restore over it is refused
        assertThat(run("dropdb", "--force", DATABASE)).isZero();
        assertThat(run("createdb", "-T", "template0", DATABASE)).isZero();
        assertThat(run(ops("restore.sh"), dump.toString())).isZero();
        assertThat(run(ops("restore.sh"), dump.toString())).as("restore over a database in use").isEqualTo(1);

        try (SingleConnectionDataSource ds = dataSource()) {
            JdbcClient db = JdbcClient.create(ds);
            assertThat(counts(db)).isEqualTo(atDump);

            // 4. the application on the restored database: a review handed in, the 1-day reminders, the close
            app = start();
            handInAReview(db, "Avis rendu après la restauration");
            advanceDemoClock(48);
            await(Duration.ofSeconds(180), () -> reminders(db, 1) > 0 && JobsAndMails.settled(db));
            advanceDemoClock(24);
            await(Duration.ofSeconds(180), () -> windowClosedMails(db) == 1 && JobsAndMails.settled(db));

            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_ConsolidateReview'")
                    .query(Integer.class).single()).as("consolidations after the window closed").isPositive();
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_ReviewCommitment'")
                    .query(Integer.class).single()).as("reviews still open").isZero();
            assertThat(JobsAndMails.assertEveryMailArrived(db, smtp, 0)).as("mails received twice").isZero();
            assertThat(smtp.getReceivedMessages().length).as("mails after the restore").isGreaterThan(mailsAtDump);
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Integer.class).single()).isZero();
            System.out.printf("mails: %d before the dump, %d in all; tables at the dump: %s%n", mailsAtDump,
                    smtp.getReceivedMessages().length, atDump);
        }
    }

    private ForkedApplication start() {
        return ForkedApplication.start(log, START,
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", DATABASE),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--logging.level.root=WARN");
    }

    private SingleConnectionDataSource dataSource() {
        return new SingleConnectionDataSource(server.getJdbcUrl("postgres", DATABASE), "postgres", "", true);
    }

    /** The secretariat moves the demo's time forward on its page; due timers fire in the running application. */
    private void advanceDemoClock(int hours) {
        HttpResponse<String> moved = new Visitor(app.port()).loggedInAs("oelmoustamide", "demo")
                .submit("/app/demo/horloge", "/app/demo/horloge", Map.of("heures", Integer.toString(hours)), true);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
    }

    /** A committee member completes one of her open reviews through the engine REST API, as Tasklist does. */
    private void handInAReview(JdbcClient db, String text) {
        List<String> task = db.sql("SELECT ID_, ASSIGNEE_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = "
                + "'Task_ReviewCommitment' AND ASSIGNEE_ IS NOT NULL ORDER BY ID_ LIMIT 1")
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
        HttpResponse<String> done = new Http(app.port()).postJson("/engine-rest/task/" + task.get(0) + "/complete",
                "{\"variables\":{\"observationText\":{\"value\":\"" + text + "\"},"
                        + "\"recommendedDecision\":{\"value\":\"ACCEPT\"}}}", task.get(1), "demo");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(db.sql("SELECT COUNT(*) FROM pan_observation WHERE text = ? AND author_login = ?")
                .params(text, task.get(1)).query(Integer.class).single()).isOne();
    }

    /** Rows of the application's and the engine's tables that the plan's state lives in. */
    private static Map<String, Integer> counts(JdbcClient db) {
        return db.sql("""
                SELECT (SELECT COUNT(*) FROM pan_commitment), (SELECT COUNT(*) FROM pan_observation),
                       (SELECT COUNT(*) FROM pan_sent_mail), (SELECT COUNT(*) FROM ACT_RU_EXECUTION),
                       (SELECT COUNT(*) FROM ACT_RU_TASK), (SELECT COUNT(*) FROM ACT_RU_JOB),
                       (SELECT COUNT(*) FROM ACT_HI_ACTINST)""").query((rs, i) -> Map.of(
                "pan_commitment", rs.getInt(1), "pan_observation", rs.getInt(2), "pan_sent_mail", rs.getInt(3),
                "ACT_RU_EXECUTION", rs.getInt(4), "ACT_RU_TASK", rs.getInt(5), "ACT_RU_JOB", rs.getInt(6),
                "ACT_HI_ACTINST", rs.getInt(7))).single();
    }

    private static int reminders(JdbcClient db, int daysBefore) {
        return db.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key LIKE ?").param("REMINDER:%:" + daysBefore)
                .query(Integer.class).single();
    }

    private static int windowClosedMails(JdbcClient db) {
        return db.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key LIKE 'REVIEW_WINDOW_CLOSED:%'")
                .query(Integer.class).single();
    }

    private static String ops(String script) {
        return Path.of("src", "main", "ops", script).toString();
    }

    /** Runs a PostgreSQL client program of PG_BIN, or a script, against the server as the README says. */
    private int run(String command, String... arguments) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>();
        if (command.endsWith(".sh")) {
            line.addAll(List.of("bash", command));
        } else {
            line.add(PG_BIN.resolve(command).toString());
        }
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(server.getPort()),
                "PGUSER", "postgres", "PGDATABASE", DATABASE, "PG_BIN", PG_BIN.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println(String.join(" ", line) + " -> " + exit + "\n" + output);
        return exit;
    }

    /** The PostgreSQL 15 bundle the build copied beside the tests' 17 (pom: backup-postgres-binaries.version). */
    private static ByteArrayInputStream postgres15() {
        try (ZipFile jar = new ZipFile(System.getProperty("pan.test.backup-postgres-binaries"))) {
            return new ByteArrayInputStream(jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"))
                    .readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
