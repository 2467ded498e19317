package ma.ogp.pan.config;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda 7.24 is end-of-life: its webapps' pages (login screen included) print the version in their footer and
 * as the cache-busting value of every asset. For a visitor not logged into the webapps the footer's version is
 * blanked and the cache-busting value replaced by one drawn at start-up (so an upgrade still busts the caches).
 */
@Configuration
public class WebappVersionFilter {

    private static final Pattern VERSION = Pattern.compile("(\\?bust=|cam-widget-footer\\s+version=\")[^\"&'\\s]+");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappVersionHiding() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Hiding());
        registration.setName("camunda-webapp-version-hiding");
        registration.addUrlPatterns("/camunda/app/*");
        // right after the session filter: whether someone is signed in is read from the session in the database
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    static final class Hiding extends OncePerRequestFilter {

        private final String bust = UUID.randomUUID().toString().substring(0, 8);

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (loggedIntoWebapps(request.getSession(false))) {
                chain.doFilter(request, response);
                return;
            }
            ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, page);
            String type = page.getContentType();
            if (type != null && type.startsWith("text/html")) {
                Charset charset = Charset.forName(page.getCharacterEncoding());
                String html = new String(page.getContentAsByteArray(), charset);
                page.resetBuffer();
                page.getOutputStream().write(hidden(html).getBytes(charset));
            }
            page.copyBodyToResponse();
        }

        String hidden(String html) {
            Matcher m = VERSION.matcher(html);
            return m.replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                    + (match.group(1).startsWith("?") ? bust : "")));
        }

        private static boolean loggedIntoWebapps(HttpSession session) {
            return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
        }
    }
}
