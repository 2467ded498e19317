package ma.ogp.pan.identity;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's database identity provider with our {@link LoginThrottle} in place of Camunda's login throttling,
 * which counted per account only and locked an account for good after {@code loginMaxAttempts} failures (anyone
 * could lock anyone, administrators included) and refused even the right password for seconds after one failure.
 * Every login path ends here: the engine REST API's HTTP Basic, the webapps' login, the application's form login
 * and HTTP Basic ({@link CamundaIdentityAuthenticationProvider}).
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = LoginSource.address();
        if (userId == null || userId.isEmpty() || !throttle.waitFor(userId, address).isZero()) {
            // refused unchecked: while slowed, a guess tells nothing, right or wrong; no account has an empty login
            return false;
        }
        UserEntity user = findUserById(userId);
        // an account created without password (a person invited, who has not set hers yet) matches nothing
        if (user != null && user.getPassword() != null && password != null && matchPassword(password, user)) {
            unlockUser(user); // clears a lock Camunda's own throttling left; writes nothing when there is none
            throttle.succeeded(userId, address);
            return true;
        }
        throttle.failed(userId, address); // unknown logins count alike: the answers do not tell which exist
        return false;
    }
}
