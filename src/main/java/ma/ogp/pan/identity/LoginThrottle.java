package ma.ogp.pan.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing and never locks anyone out. Failed logins count within a sliding window at three levels:
 * an account at one source address (a person who mistypes, or a guesser on one account), an account from anywhere
 * (a guesser spread over many addresses) and an address for any account (one password tried on many logins).
 * Past a level's free failures, the next attempt must wait from the last failure (see
 * {@link LoginThrottleProperties}); a success clears only the account-at-address level, so a guesser who owns one
 * account cannot reset his address or the account he guesses at. An address below the account level's threshold
 * is not slowed by another address's failures on that account.
 * <p>
 * In memory, per application node: two nodes each keep their own counters, so a guesser alternating between them
 * tries about twice as fast. Acceptable because the throttle only slows; nothing is locked or stored.
 */
@Component
public class LoginThrottle {

    /** An account at an address, an account alone (no address) or an address alone (no account). */
    private record Key(String account, String address) {
    }

    /** The failures of one key within the window, oldest first; never more than the throttle lets through. */
    private record Failures(List<Instant> times) {

        Failures since(Instant start) {
            return new Failures(times.stream().filter(t -> t.isAfter(start)).toList());
        }

        Failures plus(Instant time) {
            return new Failures(Stream.concat(times.stream(), Stream.of(time)).toList());
        }

        Instant last() {
            return times.get(times.size() - 1);
        }
    }

    /** An account some level slows: its failures in the window and until when its next attempt waits. */
    public record ThrottledAccount(String account, int failures, Instant waitsUntil) {
    }

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    /** On real time: the demo moves the engine's clock, which would expire or prolong every wait at a stroke. */
    @Autowired
    LoginThrottle(LoginThrottleProperties settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long an attempt on this account from this address (null when unknown) must still wait; zero: go now. */
    public Duration waitFor(String account, String address) {
        Instant now = clock.instant();
        return keys(account, address)
                .map(key -> Duration.between(now, waitsUntil(key, recent(key, now))))
                .filter(wait -> wait.compareTo(Duration.ZERO) > 0)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        Instant start = now.minus(settings.window());
        keys(account, address).forEach(key -> failures.merge(key, new Failures(List.of(now)),
                (old, added) -> old.since(start).plus(now)));
        sweep(now);
    }

    public void succeeded(String account, String address) {
        if (address != null) {
            failures.remove(new Key(normal(account), address));
        }
    }

    /** Lifts what slows this account, from every address; an address slowed for many accounts stays slowed. */
    public void lift(String account) {
        failures.keySet().removeIf(key -> normal(account).equals(key.account()));
    }

    /** The accounts past a level's free failures within the window, by account. */
    public List<ThrottledAccount> throttledAccounts() {
        Instant now = clock.instant();
        Map<String, ThrottledAccount> accounts = new TreeMap<>();
        failures.forEach((key, all) -> {
            Failures recent = all.since(now.minus(settings.window()));
            if (key.account() != null && recent.times().size() > free(key)) {
                accounts.merge(key.account(),
                        new ThrottledAccount(key.account(), recent.times().size(), waitsUntil(key, recent)),
                        (one, other) -> new ThrottledAccount(one.account(), Math.max(one.failures(), other.failures()),
                                one.waitsUntil().isAfter(other.waitsUntil()) ? one.waitsUntil() : other.waitsUntil()));
            }
        });
        return new ArrayList<>(accounts.values());
    }

    private Failures recent(Key key, Instant now) {
        Failures all = failures.get(key);
        return all == null ? new Failures(List.of()) : all.since(now.minus(settings.window()));
    }

    private Instant waitsUntil(Key key, Failures recent) {
        int over = recent.times().size() - free(key);
        if (over <= 0) {
            return Instant.MIN;
        }
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(over - 1, 30));
        return recent.last().plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }

    private int free(Key key) {
        if (key.address() == null) {
            return settings.freeFailuresPerAccount();
        }
        return key.account() == null ? settings.freeFailuresPerAddress() : settings.freeFailuresPerAccountAtAddress();
    }

    private static Stream<Key> keys(String account, String address) {
        String normal = normal(account);
        return address == null ? Stream.of(new Key(normal, null))
                : Stream.of(new Key(normal, address), new Key(normal, null), new Key(null, address));
    }

    /** Logins differ only by case at most in some databases: one counter for all their spellings. */
    private static String normal(String account) {
        return Objects.requireNonNull(account).toLowerCase(Locale.ROOT);
    }

    /** Forgets the keys whose last failure left the window, once per window: memory follows the recent guessers. */
    private void sweep(Instant now) {
        if (now.isAfter(nextSweep)) {
            nextSweep = now.plus(settings.window());
            Instant start = now.minus(settings.window());
            failures.values().removeIf(recent -> !recent.last().isAfter(start));
        }
    }
}
