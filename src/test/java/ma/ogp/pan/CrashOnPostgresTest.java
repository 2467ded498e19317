package ma.ogp.pan;

import static ma.ogp.pan.support.JobsAndMails.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ma.ogp.pan.support.EmbeddedPostgresDatabases;
import ma.ogp.pan.support.ForkedApplication;
import ma.ogp.pan.support.RunsBesideTheSuite;
import ma.ogp.pan.support.JobsAndMails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 11: the application, in a JVM of its own on PostgreSQL, killed with SIGKILL during comment load and during
 * a reminder wave. After restart no acknowledged comment is lost or doubled, every mail arrives, at most once more
 * per crash (SMTP cannot do better, see README "Notifications"), and no job is left failed or stuck.
 */
@RunsBesideTheSuite
class CrashOnPostgresTest {

    private static final Duration START = Duration.ofSeconds(240);
    private final Path log = Path.of("target", "crash-on-postgres-app.log");
    private final String url = EmbeddedPostgresDatabases.newDatabase();
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    private ForkedApplication app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.kill();
        }
        smtp.stop();
    }

    @Test
    void killedDuringCommentsAndRemindersLosesNothingAndSendsNothingTwice() throws Exception {
        smtp.start();
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "postgres", "", true)) {
            JdbcClient db = JdbcClient.create(ds);

            // 1. the demo's first start (PAN3 in review, demo time 22 Feb 2024), then comment load and a crash
            app = start();
            openConsultation(db);
            CommentLoad load = new CommentLoad(app.url("/consultation/PAN3-01"), 4);
            load.start();
            await(Duration.ofSeconds(30), () -> load.acknowledged.size() >= 40);
            app.kill();
            load.awaitEnd();
            System.out.println("mails at the first crash: " + smtp.getReceivedMessages().length);

            // 2. past the 3-day reminder of the review window (26 Feb 23:59): the wave starts with the next start
            moveDemoClock(db, Duration.ofHours(42));
            int mailsBefore = smtp.getReceivedMessages().length;
            app = start();
            for (String body : load.acknowledged) {
                assertThat(db.sql("SELECT COUNT(*) FROM pan_public_comment WHERE body = ?").param(body)
                        .query(Integer.class).single()).as(body).isEqualTo(1);
            }
            await(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length >= mailsBefore + 3);
            app.kill();
            int receivedAtCrash = smtp.getReceivedMessages().length;
            int wave = reminderRecords(db);

            // 3. restart: the jobs the dead JVM held are taken again once their lock expires
            app = start();
            JobsAndMails.awaitSettled(db, Duration.ofSeconds(240));

            assertThat(reminderRecords(db)).as("one reminder per member owing reviews").isGreaterThanOrEqualTo(20);
            assertThat(receivedAtCrash - mailsBefore).as("the crash came in the middle of the wave")
                    .isLessThan(reminderRecords(db));
            assertEveryMailArrivedAtMostOncePerCrash(db, 2);
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Integer.class).single()).isZero();
            assertThat(db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL OR RETRIES_ = 0")
                    .query(Integer.class).single()).as("failed jobs").isZero();
            System.out.printf("acknowledged comments %d, reminder records %d (%d at the crash)%n",
                    load.acknowledged.size(), wave, receivedAtCrash - mailsBefore);
        }
    }

    private ForkedApplication start() {
        return ForkedApplication.start(log, START,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--pan.consultation.comments-per-window=1000000",
                // jobs the killed JVM had locked are free again after this, not after the default 5 minutes
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--logging.level.root=WARN");
    }

    /** A consultation on PAN3's drafts open in demo time (the process would open it only in March). */
    static void openConsultation(JdbcClient db) {
        db.sql("""
                INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at)
                SELECT id, 'PUBLIC_CONSULTATION', TIMESTAMPTZ '2024-04-30 00:00Z', TIMESTAMPTZ '2024-04-30 00:00Z'
                FROM pan_action_plan WHERE code = 'PAN3'""").update();
        db.sql("INSERT INTO pan_consultation (plan_id, opens_at) SELECT id, TIMESTAMPTZ '2024-02-01 00:00Z' "
                + "FROM pan_action_plan WHERE code = 'PAN3'").update();
        db.sql("INSERT INTO pan_consultation_commitment (consultation_id, commitment_id) SELECT k.id, c.id "
                + "FROM pan_consultation k JOIN pan_commitment c ON c.plan_id = k.plan_id").update();
    }

    /** The demo clock's offset is kept in the engine's properties (DemoClock); the next start reads it. */
    static void moveDemoClock(JdbcClient db, Duration forward) {
        assertThat(db.sql("UPDATE ACT_GE_PROPERTY SET VALUE_ = CAST(CAST(VALUE_ AS BIGINT) + ? AS VARCHAR) "
                + "WHERE NAME_ = 'pan.demo.clock-offset-ms'").param(forward.toMillis()).update()).isEqualTo(1);
    }

    /** Sets the demo's time, as the next start reads it, to this moment now (it then runs at the real pace). */
    static void setDemoClock(JdbcClient db, OffsetDateTime now) {
        assertThat(db.sql("UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'pan.demo.clock-offset-ms'")
                .param(Long.toString(now.toInstant().toEpochMilli() - System.currentTimeMillis())).update())
                .isEqualTo(1);
    }

    static int reminderRecords(JdbcClient db) {
        return db.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE mail_key LIKE 'REMINDER:%'")
                .query(Integer.class).single();
    }

    /**
     * Each recorded mail reached each of its recipients at least once and at most once more per crash: a crash after
     * SMTP accepted a mail and before its record was marked sent makes the restart send it again (README).
     */
    private void assertEveryMailArrivedAtMostOncePerCrash(JdbcClient db, int crashes) {
        int duplicates = JobsAndMails.assertEveryMailArrived(db, smtp, crashes);
        // a crash can catch each of the job executor's 4 threads and the task mails' sender between SMTP's answer
        // and the commit
        assertThat(duplicates).as("duplicates").isLessThanOrEqualTo(5 * crashes);
        System.out.println("duplicate deliveries: " + duplicates);
    }
}
