package ma.ogp.pan.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Service;

/**
 * The Camunda accounts of the application's people: created without a password (nobody can sign in with it until
 * she sets hers), kept in line with her name and e-mail, and closed when she leaves.
 */
@Service
public class Accounts {

    /** Longer passwords are refused rather than hashed: nobody types them, and they cost time to hash. */
    public static final int MAX_PASSWORD_LENGTH = 128;
    /** Camunda's default policy; the engine's own check stays off, since the demo's accounts share a short password. */
    private static final DefaultPasswordPolicyImpl POLICY = new DefaultPasswordPolicyImpl();
    private static final Map<String, String> RULES = Map.of(
            "PASSWORD_POLICY_LENGTH", "Il faut au moins %s caractères.",
            "PASSWORD_POLICY_LOWERCASE", "Il faut au moins %s minuscule(s).",
            "PASSWORD_POLICY_UPPERCASE", "Il faut au moins %s majuscule(s).",
            "PASSWORD_POLICY_DIGIT", "Il faut au moins %s chiffre(s).",
            "PASSWORD_POLICY_SPECIAL", "Il faut au moins %s caractère(s) spécial(aux) (!, ?, #, @...).",
            "PASSWORD_POLICY_USER_DATA", "Il ne doit contenir ni votre identifiant, ni votre prénom, ni votre nom,"
                    + " ni votre courriel.");

    private final IdentityService identity;
    private final SecureRandom random = new SecureRandom();

    Accounts(IdentityService identity) {
        this.identity = identity;
    }

    public boolean exists(String login) {
        return identity.createUserQuery().userId(login).count() > 0;
    }

    /** A new account without password: {@link ThrottledIdentityProvider} refuses every sign-in until one is set. */
    public void create(String login, String firstName, String lastName, String email) {
        User user = identity.newUser(login);
        describe(user, firstName, lastName, email);
        identity.saveUser(user);
    }

    public void update(String login, String firstName, String lastName, String email) {
        User user = identity.createUserQuery().userId(login).singleResult();
        describe(user, firstName, lastName, email);
        identity.saveUser(user);
    }

    /** What is wrong with the password, in French sentences: none when the policy accepts it. */
    public List<String> weaknesses(String login, String password) {
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return List.of("Il faut au plus " + MAX_PASSWORD_LENGTH + " caractères.");
        }
        User user = identity.createUserQuery().userId(login).singleResult();
        return identity.checkPasswordAgainstPolicy(POLICY, password, user).getViolatedRules().stream()
                .map(Accounts::french).toList();
    }

    public void setPassword(String login, String password) {
        User user = identity.createUserQuery().userId(login).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    /**
     * She can no longer sign in (a password nobody knows replaces hers) nor get mails (her account's e-mail is
     * emptied); the account and its name stay, so the engine's history still names her.
     */
    public void close(String login) {
        User user = identity.createUserQuery().userId(login).singleResult();
        if (user != null) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            user.setEmail(null);
            identity.saveUser(user);
        }
    }

    private static void describe(User user, String firstName, String lastName, String email) {
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
    }

    private static String french(PasswordPolicyRule rule) {
        String text = RULES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder());
        Map<String, String> parameters = rule.getParameters();
        return parameters == null || parameters.isEmpty() ? text
                : text.formatted(parameters.values().iterator().next());
    }
}
