package ma.ogp.pan.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the source address of the request being served for the login throttle: the engine checks passwords deep
 * inside Camunda's filters and resources, which hand it only the login and the password. Runs right after
 * Spring's ForwardedHeaderFilter, so with {@code server.forward-headers-strategy=framework} the address is the
 * client's, not the proxy's ({@code native} rewrites it in Tomcat before any filter; unset, it is the peer's).
 */
@Component
class LoginSource extends OncePerRequestFilter implements Ordered {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    /** The address of the request this thread serves; null outside a request (start-up, tests, jobs). */
    static String address() {
        return ADDRESS.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ADDRESS.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ADDRESS.remove();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
