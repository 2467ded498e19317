package ma.ogp.pan.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused because the {@link LoginThrottle} slows this account or address: answered 429, not 401. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super(null);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The wait rounded up to whole seconds, as the Retry-After header counts. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String getMessage() {
        return "Trop de tentatives de connexion : réessayez dans " + retryAfterSeconds + " s.";
    }
}
