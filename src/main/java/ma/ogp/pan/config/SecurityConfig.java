package ma.ogp.pan.config;

import jakarta.servlet.http.HttpServletRequest;
import ma.ogp.pan.web.HomeController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. The public pages are open; the application's staff pages and API need a login; the Camunda
 * webapps and the engine REST API are guarded by Camunda's own filters (webapp session + CSRF, HTTP Basic).
 */
@Configuration
public class SecurityConfig {

    /** Public pages (consultation, published plan, responses, report, minutes, open data) and their assets. */
    static final String[] PUBLIC = {
        "/", "/login", HomeController.THROTTLED_LOGIN, "/error", "/css/**", "/favicon.ico",
        "/consultation/**", "/plan/**", "/plan.pdf", "/reponses/**", "/rapport/**", "/rapport.pdf", "/proces-verbaux/**",
        "/donnees/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(SecurityConfig::isCamundaPath)
                // authentication happens in Camunda's filters (see EngineRestSecurityConfig, SetupEndpointGuard)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the webapps bring their own CSRF protection; the REST API is stateless HTTP Basic
                .csrf(csrf -> csrf.disable())
                // Camunda's HeaderSecurityFilter sets the webapps' security headers
                .headers(headers -> headers.disable())
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
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/app", false)
                        .failureHandler(LoginRefusals::formLogin))
                .httpBasic(basic -> basic.authenticationEntryPoint(LoginRefusals::httpBasic))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .build();
    }
}
