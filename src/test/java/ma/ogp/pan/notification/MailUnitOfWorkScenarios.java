package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each mail is its own unit of work, over real SMTP: a loop of mails run in one transaction, as a job runs them,
 * that fails or crashes part-way and is retried sends every mail once (at most the one caught by a crash twice).
 */
@PanIntegrationTest
abstract class MailUnitOfWorkScenarios {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired SentMailRepository records;
    @Autowired ObjectProvider<JavaMailSender> smtp;
    @Autowired NotificationProperties properties;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void smtpFailingAtTheEleventhOfTwentyMailsThenBackSendsEachMailOnce() {
        String wave = "TEST-WAVE:" + System.nanoTime();
        List<String> beforeTheFailure = new ArrayList<>();
        OnceOnlyMailer mailer = mailer(sent -> {
            if (sent == 11) {
                beforeTheFailure.addAll(received()); // a stopped GreenMail forgets what it received
                SMTP.stop();
            }
        });

        assertThatThrownBy(() -> asAJob(() -> sendTwenty(mailer, wave))).isNotNull();
        SMTP.start();
        asAJob(() -> sendTwenty(mailer, wave)); // the job's retry

        assertThat(beforeTheFailure).hasSize(10);
        assertThat(Stream.concat(beforeTheFailure.stream(), received().stream()))
                .containsExactlyInAnyOrderElementsOf(twentyRecipients());
    }

    @Test
    void aCrashBetweenSmtpAndTheCommitResendsThatMailOnlyAndLosesNone() {
        String wave = "TEST-CRASH:" + System.nanoTime();
        AtomicInteger crashes = new AtomicInteger();
        OnceOnlyMailer mailer = mailer(sent -> {
            if (sent == 5 && crashes.getAndIncrement() == 0) {
                throw new IllegalStateException("the node dies after SMTP accepted mail 5, before its commit");
            }
        }, true);

        assertThatThrownBy(() -> asAJob(() -> sendTwenty(mailer, wave))).hasMessageContaining("node dies");
        asAJob(() -> sendTwenty(mailer, wave));

        assertThat(received()).hasSize(21).containsAll(twentyRecipients());
        assertThat(received().stream().filter("person05@pan3.example.org"::equals)).hasSize(2);
    }

    @Test
    void aMailBeingSentElsewhereIsNotSentAgainNorWaitedFor() throws Exception {
        String key = "TEST-NODES:" + System.nanoTime();
        CountDownLatch secondNodeDone = new CountDownLatch(1);
        OnceOnlyMailer firstNode = mailer(sent -> await(secondNodeDone));
        OnceOnlyMailer secondNode = mailer(sent -> { });
        Mail mail = new Mail(List.of("person01@pan3.example.org"), "Relance", "test-notice",
                Map.of("name", "Personne 1", "dueDate", "4 mars 2024"));

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> firstNode.send(key, mail));
        while (!records.exists(key)) {
            Thread.onSpinWait();
        }
        Thread.sleep(200); // the first node holds the claim, inside SMTP
        CompletableFuture.runAsync(() -> secondNode.send(key, mail)).get(10, TimeUnit.SECONDS);
        secondNodeDone.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(secondNode.recorded(key)).isTrue();
    }

    private void sendTwenty(OnceOnlyMailer mailer, String wave) {
        List<String> to = twentyRecipients();
        for (int i = 0; i < to.size(); i++) {
            mailer.send(wave + ":" + i, new Mail(List.of(to.get(i)), "Relance " + (i + 1), "test-notice",
                    Map.of("name", "Personne " + (i + 1), "dueDate", "4 mars 2024")));
        }
    }

    private static List<String> received() {
        return Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()).toList();
    }

    private static List<String> twentyRecipients() {
        return IntStream.rangeClosed(1, 20).mapToObj("person%02d@pan3.example.org"::formatted).toList();
    }

    /** Runs in one transaction, as the engine runs a job's delegates. */
    private void asAJob(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private OnceOnlyMailer mailer(IntConsumer beforeSend) {
        return mailer(beforeSend, false);
    }

    /** The real mailer and SMTP client, with {@code hook} run before (or after) the n-th send of this mailer. */
    private OnceOnlyMailer mailer(IntConsumer hook, boolean afterSend) {
        AtomicInteger count = new AtomicInteger();
        MailService mails = new MailService(smtp, properties, new SimpleMeterRegistry()) {
            @Override
            public void send(Mail mail) {
                int n = count.incrementAndGet();
                if (!afterSend) {
                    hook.accept(n);
                }
                super.send(mail);
                if (afterSend) {
                    hook.accept(n);
                }
            }
        };
        return new OnceOnlyMailer(records, mails, clock, transactions);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
