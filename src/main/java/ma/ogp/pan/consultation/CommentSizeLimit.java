package ma.ogp.pan.consultation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized comment posts with a 413 and a message before anything reads them. */
@Configuration
class CommentSizeLimit {

    static final int MAX_POST_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> commentSizeLimitFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_POST_BYTES) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("Contribution trop longue : 5 000 caractères au plus.\n"
                            + "Comment too long: 5,000 characters at most.\nالتعليق طويل جدا: 5000 حرف على الأكثر.");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/consultation/*");
        registration.setName("comment-size-limit");
        return registration;
    }
}
