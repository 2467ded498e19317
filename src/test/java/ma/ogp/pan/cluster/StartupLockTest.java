package ma.ogp.pan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A second node's start-up work waits for the first one's to commit (on H2; PostgreSQL in the subclass). */
@PanIntegrationTest
class StartupLockTest {

    @Autowired StartupLock lock;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void theSecondHolderWaitsUntilTheFirstCommits() throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Instant> firstCommitted = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            lock.hold();
            held.countDown();
            sleep(Duration.ofMillis(1500));
            return Instant.now();
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        Instant secondHeld = transactions.execute(tx -> {
            lock.hold();
            return Instant.now();
        });
        assertThat(secondHeld).isAfterOrEqualTo(firstCommitted.get(30, TimeUnit.SECONDS));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
