package ma.ogp.pan.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * One sign-in: a person who signs in at {@code /login} is signed in to Tasklist, Cockpit and Admin too, in the same
 * session, with the groups and webapps the engine grants her (as Camunda's own login would do).
 */
@Component
public class WebappSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ProcessEngine engine;

    WebappSignIn(ProcessEngine engine) {
        this.engine = engine;
        setDefaultTargetUrl("/app");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        var session = request.getSession();
        Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
        signedIn.addOrReplace(AuthenticationUtil.createAuthentication(engine, authentication.getName()));
        AuthenticationUtil.updateSession(session, signedIn);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
