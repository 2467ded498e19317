package ma.ogp.pan.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The login throttle's settings ({@code pan.login-throttle.*}): failures count within {@code window}; past a level's
 * free failures the next attempt waits {@code firstDelay}, doubled per further failure, at most {@code maxDelay}.
 * The levels: one account at one address, one account from anywhere, one address for any account.
 */
@ConfigurationProperties("pan.login-throttle")
public record LoginThrottleProperties(Duration window, Duration firstDelay, Duration maxDelay,
                                      int freeFailuresPerAccountAtAddress, int freeFailuresPerAccount,
                                      int freeFailuresPerAddress) {
}
