package ma.ogp.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import ma.ogp.pan.support.EmbeddedPostgresDatabases;
import ma.ogp.pan.support.ForkedApplication;
import ma.ogp.pan.support.JobsAndMails;
import ma.ogp.pan.support.TestSmtp;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The same load on one node, then on two nodes on one embedded PostgreSQL (each node a JVM of its own, as in
 * {@link TwoNodesOnPostgresTest}): the wave of jobs and mails once the demo's time is moved past the review deadline, then
 * CLIENTS visitors posting comments for DURATION seconds, spread over the nodes. Both runs start from copies of one
 * database with the demo loaded. Prints each run's throughput, the ratio two/one, and the duplicates (jobs run twice,
 * mails sent twice, comments stored twice). Run by src/test/bench/two-nodes.sh.
 */
class TwoNodesBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final Duration START = Duration.ofSeconds(600);
    private static final String PAGE = "/consultation/PAN3-01";
    /** A quarter of an hour past the demo's review deadline, before its review rounds' safety net an hour later. */
    private static final OffsetDateTime WAVE = OffsetDateTime.parse("2024-02-27T00:14:00+01:00");

    /** One run's figures. */
    record Run(int nodes, int jobs, double jobsPerSecond, int comments, double commentsPerSecond, int duplicates) {
    }

    @Test
    void oneNodeThenTwo() throws Exception {
        String loaded = EmbeddedPostgresDatabases.newDatabase();
        try (GreenMailRun smtp = new GreenMailRun()) {
            ForkedApplication first = start(loaded, "node-1", smtp.port());
            try (SingleConnectionDataSource ds = new SingleConnectionDataSource(loaded, "postgres", "", true)) {
                JdbcClient db = JdbcClient.create(ds);
                CrashOnPostgresTest.openConsultation(db);
                JobsAndMails.await(Duration.ofSeconds(300), () -> JobsAndMails.settled(db));
            }
            first.kill();
        }
        String copy = EmbeddedPostgresDatabases.copyOf(loaded);
        Run one = run(loaded, 1);
        Run two = run(copy, 2);
        System.out.println("=== One node and two nodes on one PostgreSQL");
        for (Run run : List.of(one, two)) {
            System.out.printf("%d node(s): wave of %d jobs at %.1f jobs/s; %d comments at %.1f comments/s; "
                    + "duplicates %d%n", run.nodes(), run.jobs(), run.jobsPerSecond(), run.comments(),
                    run.commentsPerSecond(), run.duplicates());
        }
        System.out.printf("ratio two/one: jobs %.2f, comments %.2f%n", two.jobsPerSecond() / one.jobsPerSecond(),
                two.commentsPerSecond() / one.commentsPerSecond());
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip());
        assertThat(one.duplicates() + two.duplicates()).as("duplicates").isZero();
    }

    private Run run(String url, int count) throws Exception {
        try (GreenMailRun smtp = new GreenMailRun();
             SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "postgres", "", true)) {
            JdbcClient db = JdbcClient.create(ds);
            CrashOnPostgresTest.setDemoClock(db, WAVE);
            // the loading's mails went to another GreenMail: this run's are compared with this run's records only
            db.sql("DELETE FROM pan_sent_mail WHERE sent_at IS NOT NULL").update();
            List<CompletableFuture<ForkedApplication>> starting = IntStream.rangeClosed(1, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> start(url, "node-" + i, smtp.port()))).toList();
            List<ForkedApplication> nodes = starting.stream().map(CompletableFuture::join).toList();
            try {
                JobsAndMails.await(Duration.ofSeconds(600), () -> JobsAndMails.settled(db)
                        && CrashOnPostgresTest.reminderRecords(db) > 0);
                // the wave's span by the jobs' own times (the demo's clock runs at the real pace from its offset)
                Map<String, Object> wave = db.sql("SELECT COUNT(*) AS jobs, EXTRACT(EPOCH FROM MAX(TIMESTAMP_) - "
                        + "MIN(TIMESTAMP_)) AS seconds FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND TIMESTAMP_ > "
                        + "TIMESTAMP '2024-02-24 00:00'")
                        .query().singleRow();
                int jobs = ((Number) wave.get("jobs")).intValue();
                double waveSeconds = Math.max(0.001, ((Number) wave.get("seconds")).doubleValue());
                int comments = postComments(nodes);
                int duplicates = db.sql("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                        + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice").query(Integer.class).single()
                        + JobsAndMails.assertEveryMailArrived(db, smtp.mail, 0)
                        + db.sql("SELECT COUNT(*) FROM (SELECT body FROM pan_public_comment GROUP BY body "
                        + "HAVING COUNT(*) > 1) twice").query(Integer.class).single();
                return new Run(count, jobs, jobs / waveSeconds, comments,
                        comments / (double) LOAD.toSeconds(), duplicates);
            } finally {
                nodes.forEach(ForkedApplication::kill);
            }
        }
    }

    /** CLIENTS visitors, each with its session and CSRF token on a node in turn, post unique comments; acknowledged. */
    private static int postComments(List<ForkedApplication> nodes) {
        AtomicInteger acknowledged = new AtomicInteger();
        long end = System.nanoTime() + LOAD.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        List<CompletableFuture<Void>> clients = IntStream.range(0, CLIENTS).mapToObj(c -> CompletableFuture.runAsync(() -> {
            Visitor visitor = new Visitor(nodes.get(c % nodes.size()).port()).from("198.51.100." + (c + 1));
            String token = visitor.csrfToken(PAGE);
            for (int i = 0; System.nanoTime() < end; i++) {
                if (visitor.post(PAGE + "/commentaires", Map.of("body", "Banc d'essai, client " + c + ", commentaire "
                        + i, "name", "Banc", "consent", "true", "website", ""), token).statusCode() == 302) {
                    acknowledged.incrementAndGet();
                }
            }
        }, threads)).toList();
        clients.forEach(CompletableFuture::join);
        threads.shutdown();
        return acknowledged.get();
    }

    private static ForkedApplication start(String url, String name, int smtpPort) {
        return ForkedApplication.start(Path.of("target", "two-nodes-bench-" + name + ".log"), START,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
                "--pan.cluster.nodes=2", "--pan.consultation.comments-per-window=1000000000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name, "--logging.level.root=WARN");
    }

    /** GreenMail on the build's reserved port, for one run. */
    private static final class GreenMailRun implements AutoCloseable {

        final GreenMail mail = new GreenMail(TestSmtp.SETUP);

        GreenMailRun() {
            mail.start();
        }

        int port() {
            return mail.getSmtp().getPort();
        }

        @Override
        public void close() {
            mail.stop();
        }
    }
}
