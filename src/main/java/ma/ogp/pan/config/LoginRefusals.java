package ma.ogp.pan.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.identity.LoginThrottledException;
import ma.ogp.pan.web.HomeController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How the application's logins answer a refusal: a throttled one (see {@code LoginThrottle}) gets 429 with
 * Retry-After and the wait in French, a wrong one what Spring Security answers by default.
 */
final class LoginRefusals {

    private static final AuthenticationFailureHandler WRONG_LOGIN = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private static final BasicAuthenticationEntryPoint BASIC = basic();

    private LoginRefusals() {
    }

    /** A throttled form login gets the login page again with a 429 and the wait; a wrong one the usual message. */
    static void formLogin(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refusal) throws IOException, ServletException {
        if (refusal instanceof LoginThrottledException throttled) {
            tooManyAttempts(response, throttled);
            request.setAttribute("throttled", throttled.getMessage());
            request.getRequestDispatcher(HomeController.THROTTLED_LOGIN).forward(request, response);
        } else {
            WRONG_LOGIN.onAuthenticationFailure(request, response, refusal);
        }
    }

    /** A throttled HTTP Basic call gets a 429 with the wait in French; anything else the usual 401 challenge. */
    static void httpBasic(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refusal) throws IOException {
        if (refusal instanceof LoginThrottledException throttled) {
            tooManyAttempts(response, throttled);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(throttled.getMessage());
        } else {
            BASIC.commence(request, response, refusal);
        }
    }

    private static void tooManyAttempts(HttpServletResponse response, LoginThrottledException throttled) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
    }

    private static BasicAuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Realm"); // Spring Security's default realm
        return entryPoint;
    }
}
