package ma.ogp.pan.identity;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs staff into the application's own pages with their Camunda account: one set of users and groups for
 * Tasklist, Cockpit and the application. Each Camunda group becomes an authority {@code GROUP_<id>}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null || !identity.checkPassword(user, password.toString())) {
            // refused: say how long to wait when the throttle slows this login (see ThrottledIdentityProvider)
            Duration wait = throttle.waitFor(user, LoginSource.address());
            if (!wait.isZero()) {
                throw new LoginThrottledException(wait);
            }
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect");
        }
        List<GrantedAuthority> authorities = identity.createGroupQuery().groupMember(user).list().stream()
                .<GrantedAuthority>map(group -> new SimpleGrantedAuthority("GROUP_" + group.getId()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
