package ma.ogp.pan.process;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who calls: on {@code /engine-rest}, the user that HTTP Basic authenticated just before (the guard runs inside
 * that filter); from the webapps, the user of the session they signed in with.
 */
@Component
public class EngineCallers {

    private final IdentityService identity;

    EngineCallers(IdentityService identity) {
        this.identity = identity;
    }

    EngineCaller of(EngineRequest request) {
        if (request.viaRestApi()) {
            Authentication current = identity.getCurrentAuthentication();
            return current == null ? null : new EngineCaller(current.getUserId(), current.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (all == null || !(all.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user)) {
            return null;
        }
        return new EngineCaller(user.getIdentityId(), user.getGroupIds());
    }
}
