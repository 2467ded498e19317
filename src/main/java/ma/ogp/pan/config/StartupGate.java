package ma.ogp.pan.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 until the application is ready. The web server opens before the start-up runners end, and on a first
 * start these load the demo and create its users and their rights: a login then would fail, and count as a
 * failed attempt for the login throttle.
 */
@Component
class StartupGate extends OncePerRequestFilter implements Ordered {

    static final String MESSAGE = "L'application démarre, réessayez dans quelques secondes.\n"
            + "The application is starting, try again in a few seconds.\nالتطبيق قيد التشغيل، أعد المحاولة بعد ثوان.";

    private static final String HEALTH = "/actuator/health";

    private final ApplicationAvailability availability;

    StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(MESSAGE);
    }

    /**
     * Health answers while starting: readiness says OUT_OF_SERVICE from the same readiness state this gate reads
     * (Spring Boot's {@code readinessState}), and a container's health check sees the start-up rather than a page.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
