package ma.ogp.pan.identity;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions of a person, whichever login screen opened them, so that they end when she leaves. Spring Session
 * finds those of {@code /login} by their security context; a session opened at a Camunda webapp's own login holds
 * only the webapps' authentication, so each request names its owner in the index Spring Session reads.
 */
@Component
public class SignedInSessions extends OncePerRequestFilter {

    private static final String PRINCIPAL = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final String engineName;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ProcessEngine engine) {
        this.sessions = sessions;
        this.engineName = engine.getName();
    }

    /** Signs her out everywhere: every session she has on any node of the database ends now. */
    public void end(String login) {
        sessions.findByPrincipalName(login).keySet().forEach(sessions::deleteById);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            nameOwner(request.getSession(false));
        }
    }

    private void nameOwner(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            if (AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication signedIn
                    && !Objects.equals(session.getAttribute(PRINCIPAL), signedIn.getIdentityId())) {
                session.setAttribute(PRINCIPAL, signedIn.getIdentityId());
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request: nobody to name
        }
    }
}
