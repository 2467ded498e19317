package ma.ogp.pan.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id, drawn here (a client's header could forge lines of the log): in the log's MDC
 * ({@code correlationId}, a field of the JSON logs), the {@code X-Correlation-Id} header, the error page and the
 * problem details. A request that fails on the server gets one line at ERROR, which the id the user quotes finds.
 */
@Component
public class CorrelationId extends OncePerRequestFilter implements Ordered {

    public static final String ATTRIBUTE = CorrelationId.class.getName();
    static final String MDC_KEY = "correlationId";
    static final String HEADER = "X-Correlation-Id";
    private static final Logger LOG = LoggerFactory.getLogger(CorrelationId.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
            // 503 is the start-up gate's and readiness' deliberate answer, not a failure
            if (response.getStatus() >= 500 && response.getStatus() != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                LOG.error("{} {} answered {} [{}]", request.getMethod(), request.getRequestURI(), response.getStatus(), id);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            // the container answers 500 and renders /error with this request's id
            LOG.error("{} {} failed [{}]: {}", request.getMethod(), request.getRequestURI(), id, e.toString());
            throw e;
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
