package ma.ogp.pan.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The other half of one sign-in (see {@link WebappSignIn}): a person signed in at a Camunda webapp's own login
 * screen is signed in to the application's pages too, with her engine groups as authorities ({@code GROUP_<id>}),
 * as {@code /login} would give them. The context is derived from the webapp session at each request and never
 * stored, so signing out of the webapps signs her out of the pages as well.
 */
@Component
public class WebappSessionContext implements SecurityContextRepository {

    private final SecurityContextRepository stored = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final String engineName;

    WebappSessionContext(ProcessEngine engine) {
        this.engineName = engine.getName();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext own = stored.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                SecurityContext context = own.get();
                return context.getAuthentication() != null ? context : fromWebappSession(request, context);
            }

            @Override
            public boolean isGenerated() {
                return own.isGenerated() && get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext fromWebappSession(HttpServletRequest request, SecurityContext empty) {
        HttpSession session = request.getSession(false);
        Object webapps = session == null ? null
                : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        if (!(webapps instanceof UserAuthentication signedIn)) {
            return empty;
        }
        List<GrantedAuthority> authorities = signedIn.getGroupIds().stream()
                .<GrantedAuthority>map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList();
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(signedIn.getIdentityId(), null, authorities));
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        stored.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return stored.containsContext(request);
    }
}
