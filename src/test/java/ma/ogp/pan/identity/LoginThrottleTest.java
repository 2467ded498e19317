package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import ma.ogp.pan.support.MutableClock;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's arithmetic on a clock moved by hand, on the database (H2): free failures, doubling, cap, window,
 * levels, lifting, a budget shared by two nodes, the purge. The clock starts a day ahead of real time, so that the
 * application's own purge (on real time) leaves these failures alone; the table is emptied around each test.
 */
@PanIntegrationTest
class LoginThrottleTest {

    static final String HOME = "192.0.2.1";
    static final String ELSEWHERE = "192.0.2.2";
    static final LoginThrottleProperties SETTINGS = new LoginThrottleProperties(Duration.ofMinutes(15),
            Duration.ofSeconds(1), Duration.ofSeconds(60), 3, 10, 30);

    @Autowired JdbcClient jdbc;
    final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgetEveryFailure() {
        jdbc.sql("DELETE FROM pan_login_failure").update();
        throttle = new LoginThrottle(SETTINGS, jdbc, clock);
    }

    @Test
    void pastThreeFreeFailuresTheWaitDoublesFromTheLastFailureUpToTheCap() {
        fail("hbennani", HOME, 3);
        assertThat(throttle.waitFor("hbennani", HOME)).isZero();
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            fail("hbennani", HOME, 1);
            assertThat(throttle.waitFor("hbennani", HOME)).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(throttle.waitFor("hbennani", HOME)).isZero();
        }
    }

    @Test
    void failuresLeaveTheWindowAndASuccessClearsTheAccountAtItsAddress() {
        fail("hbennani", HOME, 5);
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("hbennani", HOME)).isZero();
        assertThat(throttle.throttledAccounts()).isEmpty();

        fail("hbennani", HOME, 3);
        throttle.succeeded("hbennani", HOME);
        fail("hbennani", HOME, 3);
        assertThat(throttle.waitFor("hbennani", HOME)).isZero();
    }

    @Test
    void anotherAddressWaitsOnlyOnceTheAccountIsPastItsOwnThreshold() {
        fail("hbennani", HOME, 10);
        assertThat(throttle.waitFor("hbennani", HOME)).isPositive();
        assertThat(throttle.waitFor("hbennani", ELSEWHERE)).isZero();
        fail("hbennani", "192.0.2.3", 1);
        assertThat(throttle.waitFor("HBennani", ELSEWHERE)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedForAllOfThem() {
        for (int i = 0; i < 31; i++) {
            fail("account" + i, HOME, 1);
        }
        assertThat(throttle.waitFor("schakri", HOME)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("schakri", ELSEWHERE)).isZero();
    }

    @Test
    void liftingAnAccountClearsItFromEveryAddressButNotTheAddressesThemselves() {
        fail("hbennani", HOME, 31);
        fail("hbennani", ELSEWHERE, 4);
        assertThat(throttle.throttledAccounts()).singleElement().satisfies(account -> {
            assertThat(account.account()).isEqualTo("hbennani");
            assertThat(account.failures()).isEqualTo(35);
        });
        throttle.lift("hbennani");
        assertThat(throttle.throttledAccounts()).isEmpty();
        assertThat(throttle.waitFor("hbennani", ELSEWHERE)).isZero();
        assertThat(throttle.waitFor("hbennani", HOME)).isPositive(); // the address tried 31 times
    }

    @Test
    void twoNodesCountOneBudget() {
        LoginThrottle otherNode = new LoginThrottle(SETTINGS, jdbc, clock);
        fail("hbennani", HOME, 2);
        otherNode.failed("hbennani", HOME);
        otherNode.failed("hbennani", HOME);
        assertThat(throttle.waitFor("hbennani", HOME)).isEqualTo(Duration.ofSeconds(1));
        otherNode.succeeded("hbennani", HOME);
        assertThat(throttle.waitFor("hbennani", HOME)).isZero();
    }

    @Test
    void anUnknownAddressCountsAtTheAccountLevelOnly() {
        fail("hbennani", null, 11);
        assertThat(throttle.waitFor("hbennani", null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("hbennani", HOME)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("schakri", HOME)).isZero();
    }

    @Test
    void thePurgeForgetsOnlyTheFailuresOutOfTheWindow() {
        fail("hbennani", HOME, 2);
        clock.advance(Duration.ofMinutes(10));
        fail("schakri", HOME, 1);
        clock.advance(Duration.ofMinutes(6));
        throttle.purge();
        // schakri's one failure at its three levels
        assertThat(jdbc.sql("SELECT account || '@' || address FROM pan_login_failure").query(String.class).list())
                .containsExactlyInAnyOrder("schakri@" + HOME, "schakri@", "@" + HOME);
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
