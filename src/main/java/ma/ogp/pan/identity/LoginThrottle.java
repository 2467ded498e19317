package ma.ogp.pan.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
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
 * The failures are counted in the database ({@code pan_login_failure}), so that every node of a cluster shares one
 * budget: a guesser alternating between nodes is slowed as on one. A check is one query, a failure one insert.
 */
@Component
public class LoginThrottle {

    /** The columns' width: a longer address (from a trusted proxy) or login is cut. */
    private static final int MAX_KEY = 100;
    /** A level's missing part: '' rather than NULL, so that every level is found by the same equalities. */
    private static final String ANY = "";
    /** Each level's failures within the window from a start, for the levels the caller's condition picks. */
    private static final String COUNTS =
            "SELECT account, address, COUNT(*), MAX(failed_at) FROM pan_login_failure WHERE failed_at > ?";

    /** An account at an address, an account alone (no address) or an address alone (no account). */
    private record Key(String account, String address) {
    }

    /** A level's failures within the window and the last one. */
    private record Failures(Key key, int count, Instant last) {
    }

    /** An account some level slows: its failures in the window and until when its next attempt waits. */
    public record ThrottledAccount(String account, int failures, Instant waitsUntil) {
    }

    private final LoginThrottleProperties settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** On real time: the demo moves the engine's clock, which would expire or prolong every wait at a stroke. */
    @Autowired
    LoginThrottle(LoginThrottleProperties settings, JdbcClient jdbc) {
        this(settings, jdbc, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties settings, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long an attempt on this account from this address (null when unknown) must still wait; zero: go now. */
    public Duration waitFor(String account, String address) {
        Instant now = now();
        OffsetDateTime start = at(now.minus(settings.window()));
        // an unknown address counts at the account level only
        List<Failures> levels = address == null
                ? jdbc.sql(COUNTS + " AND account = ? AND address = '' GROUP BY account, address")
                        .params(start, account(account)).query(this::failures).list()
                : jdbc.sql(COUNTS + " AND (account = ? AND address IN (?, '') OR account = '' AND address = ?)"
                                + " GROUP BY account, address")
                        .params(start, account(account), cut(address), cut(address))
                        .query(this::failures).list();
        return levels.stream()
                .map(f -> Duration.between(now, waitsUntil(f)))
                .filter(wait -> wait.compareTo(Duration.ZERO) > 0)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** Counts one failure at each level: one statement. */
    public void failed(String account, String address) {
        String login = account(account);
        OffsetDateTime now = at(now());
        if (address == null) {
            jdbc.sql("INSERT INTO pan_login_failure (account, address, failed_at) VALUES (?, '', ?)")
                    .params(login, now).update();
            return;
        }
        String source = cut(address);
        jdbc.sql("INSERT INTO pan_login_failure (account, address, failed_at) VALUES (?, ?, ?), (?, '', ?), ('', ?, ?)")
                .params(login, source, now, login, now, source, now).update();
    }

    public void succeeded(String account, String address) {
        if (address != null) {
            jdbc.sql("DELETE FROM pan_login_failure WHERE account = ? AND address = ?")
                    .params(account(account), cut(address)).update();
        }
    }

    /** Lifts what slows this account, from every address; an address slowed for many accounts stays slowed. */
    public void lift(String account) {
        jdbc.sql("DELETE FROM pan_login_failure WHERE account = ?").param(account(account)).update();
    }

    /** The accounts past a level's free failures within the window, by account. */
    public List<ThrottledAccount> throttledAccounts() {
        Map<String, ThrottledAccount> accounts = new TreeMap<>();
        jdbc.sql(COUNTS + " AND account <> '' GROUP BY account, address")
                .param(at(now().minus(settings.window())))
                .query(this::failures).list().stream()
                .filter(f -> f.count() > free(f.key()))
                .forEach(f -> accounts.merge(f.key().account(),
                        new ThrottledAccount(f.key().account(), f.count(), waitsUntil(f)),
                        (one, other) -> new ThrottledAccount(one.account(), Math.max(one.failures(), other.failures()),
                                one.waitsUntil().isAfter(other.waitsUntil()) ? one.waitsUntil() : other.waitsUntil())));
        return new ArrayList<>(accounts.values());
    }

    /** Forgets the failures out of the window (any node may run it: deleting twice does no harm). */
    @Scheduled(fixedDelayString = "${pan.login-throttle.window}", initialDelayString = "${pan.login-throttle.window}")
    void purge() {
        jdbc.sql("DELETE FROM pan_login_failure WHERE failed_at <= ?")
                .param(at(now().minus(settings.window()))).update();
    }

    /** To the database's precision (microseconds), so that a failure read back is the one counted. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Failures failures(ResultSet row, int index) throws SQLException {
        return new Failures(new Key(row.getString(1), row.getString(2)), row.getInt(3),
                row.getObject(4, OffsetDateTime.class).toInstant());
    }

    private Instant waitsUntil(Failures recent) {
        int over = recent.count() - free(recent.key());
        if (over <= 0) {
            return Instant.MIN;
        }
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(over - 1, 30));
        return recent.last().plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }

    private int free(Key key) {
        if (key.address().equals(ANY)) {
            return settings.freeFailuresPerAccount();
        }
        return key.account().equals(ANY) ? settings.freeFailuresPerAddress()
                : settings.freeFailuresPerAccountAtAddress();
    }

    /** Logins differ only by case at most in some databases: one counter for all their spellings. */
    private static String account(String account) {
        return cut(Objects.requireNonNull(account).toLowerCase(Locale.ROOT));
    }

    private static String cut(String value) {
        return value.length() > MAX_KEY ? value.substring(0, MAX_KEY) : value;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
