package ma.ogp.pan.consultation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized comment posts with a 413 and a message before anything else reads them: ordered before Spring
 * Security (a huge post with a bad token is a 413, not a 403), and counting bytes as they arrive, so that a chunked
 * post, which declares no length, is bounded too. The rest of the chain reads the form from the bytes kept.
 */
@Configuration
class CommentSizeLimit {

    /** The largest honest form, every field at its limit in 4-byte characters percent-encoded (12 bytes), is 67 KB. */
    static final int MAX_POST_BYTES = 80 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> commentSizeLimitFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                if (request.getContentLengthLong() > MAX_POST_BYTES) {
                    refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
                    return;
                }
                byte[] body = request.getInputStream().readNBytes(MAX_POST_BYTES + 1);
                if (body.length > MAX_POST_BYTES) {
                    refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
                    return;
                }
                FormBody form;
                try {
                    form = new FormBody(request, body, request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : Charset.forName(request.getCharacterEncoding()));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, UNKNOWN_CHARSET);
                    return;
                } catch (IllegalArgumentException e) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, UNREADABLE);
                    return;
                }
                chain.doFilter(form, response);
            }
        });
        registration.addUrlPatterns("/consultation/*");
        registration.setName("comment-size-limit");
        // after the character encoding filter (the highest), before Spring Security's CSRF check reads the form
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static final String TOO_LARGE = "Contribution trop longue : 5 000 caractères au plus.\n"
            + "Comment too long: 5,000 characters at most.\nالتعليق طويل جدا: 5000 حرف على الأكثر.";
    private static final String UNKNOWN_CHARSET = "Encodage des caractères inconnu : envoyez le formulaire en UTF-8.\n"
            + "Unknown character encoding: send the form in UTF-8.";
    private static final String UNREADABLE = "Formulaire illisible : renvoyez-le depuis la page.\n"
            + "Unreadable form: send it again from the page.";

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
