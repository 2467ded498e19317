package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ma.ogp.pan.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock moved by hand: free failures, doubling, cap, window, levels, lifting. */
class LoginThrottleTest {

    static final String HOME = "192.0.2.1";
    static final String ELSEWHERE = "192.0.2.2";

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(Duration.ofMinutes(15),
            Duration.ofSeconds(1), Duration.ofSeconds(60), 3, 10, 30), clock);

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

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
