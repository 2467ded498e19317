package ma.ogp.pan.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes CVE-2026-77226: the Admin webapp's first-run setup lets an anonymous caller create an administrator when
 * the {@code camunda-admin} group has no direct member. The fix ships only in paid 7.24 patches, so the endpoint
 * is refused here whenever any user exists (the administrator always does: see AdminAccount).
 */
@Configuration
public class SetupEndpointGuard {

    static final String SETUP_PATH = "/camunda/api/admin/setup/*";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> setupEndpointGuardFilter(IdentityService identity) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(identity));
        registration.setName("camunda-setup-endpoint-guard");
        registration.addUrlPatterns(SETUP_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        private final IdentityService identity;

        Guard(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (identity.createUserQuery().count() > 0) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("""
                        {"type":"Forbidden","message":"Initial setup is disabled: users already exist. \
                        Administrators are managed in the Admin webapp."}""");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
