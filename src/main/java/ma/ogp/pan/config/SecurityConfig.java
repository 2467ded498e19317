package ma.ogp.pan.config;

import jakarta.servlet.http.HttpServletRequest;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.WebappSessionContext;
import ma.ogp.pan.identity.WebappSignIn;
import ma.ogp.pan.web.HomeController;
import ma.ogp.pan.web.PublicNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. The public pages are open; the application's staff pages and API need a login; the Camunda
 * webapps and the engine REST API are guarded by Camunda's own filters (webapp session + CSRF, HTTP Basic).
 */
@Configuration
public class SecurityConfig {

    /**
     * Public pages (timeline, consultation, published plan, responses, report, minutes, open data, the invited
     * person's password page) and their assets.
     */
    static final String[] PUBLIC = {
        "/", "/login", HomeController.THROTTLED_LOGIN, "/error", "/css/**", "/favicon.ico", "/calendrier/**",
        "/consultation/**", "/plan/**", "/plan.pdf", "/reponses/**", "/rapport/**", "/rapport.pdf", "/proces-verbaux/**",
        "/donnees/**", "/compte/mot-de-passe", PublicNotices.PRIVACY, PublicNotices.ACCESSIBILITY
    };

    /**
     * The application's pages load only their own style sheets and images (the report's charts are data: URIs)
     * and no script at all; forms post only to the application.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String ADMINS = "GROUP_" + CamundaGroups.ADMINS;
    private static final String SECRETARIAT = "GROUP_" + CamundaGroups.SECRETARIAT;

    /**
     * Swagger UI's script adds {@code <style>} elements of its own (a browser test saw the violation): inline styles
     * there, still no inline script. Served to signed-in staff only.
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Full URLs (a plan, a comment's page) only within the site, never to the sites it links to. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    @Bean
    @Order(1)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(SecurityConfig::isCamundaPath)
                // authentication happens in Camunda's filters (see EngineRestSecurityConfig, SetupEndpointGuard)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the webapps bring their own CSRF protection; the REST API is stateless HTTP Basic
                .csrf(csrf -> csrf.disable())
                // Camunda's HeaderSecurityFilter sets the webapps' security headers (their CSP among them), but
                // neither it nor the REST API sets a Referrer-Policy
                .headers(headers -> headers.defaultsDisabled().referrerPolicy(r -> r.policy(REFERRER_POLICY)))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * Matched on the raw path: the REST API is a servlet of its own, which Spring MVC path matchers do not see.
     */
    static boolean isCamundaPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") || path.equals("/engine-rest") || path.startsWith("/engine-rest/");
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, WebappSignIn webappSignIn, WebappSessionContext webappSession)
            throws Exception {
        return http
                .securityContext(context -> context.securityContextRepository(webappSession))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        // up or down for anyone (a load balancer, a container's health check); details need a
                        // login (management.endpoint.health.roles)
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAuthority(ADMINS)
                        .requestMatchers("/actuator/**").hasAnyAuthority(ADMINS, SECRETARIAT)
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(r -> r.policy(REFERRER_POLICY)))
                .formLogin(form -> form.loginPage("/login").successHandler(webappSignIn)
                        .failureHandler(LoginRefusals::formLogin))
                .httpBasic(basic -> basic.authenticationEntryPoint(LoginRefusals::httpBasic))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .build();
    }

    private static HeaderWriter contentSecurityPolicy() {
        HeaderWriter application = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);
        HeaderWriter swaggerUi = new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY);
        return (request, response) -> (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/")
                ? swaggerUi : application).writeHeaders(request, response);
    }
}
