package ma.ogp.pan.demo;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password a new demo user gets: the configured one (the H2 demo's documented {@code demo}), or, when none is
 * configured (the postgres profile), a random one per user that the log shows once, since nobody can read it later.
 */
final class DemoPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPasswords.class);
    /** Letters and digits that cannot be mistaken for one another when copied from a log. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();
    private final String configured;

    DemoPasswords(String configured) {
        this.configured = configured == null ? "" : configured;
    }

    String forNewUser(String login) {
        if (!configured.isEmpty()) {
            return configured;
        }
        StringBuilder password = new StringBuilder(LENGTH);
        random.ints(LENGTH, 0, ALPHABET.length()).forEach(i -> password.append(ALPHABET.charAt(i)));
        LOG.warn("Demo user {} created with the generated password {}", login, password);
        return password.toString();
    }
}
