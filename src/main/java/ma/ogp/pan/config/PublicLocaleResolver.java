package ma.ogp.pan.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The visitor's language among those the public pages are written in, kept a year in a cookie. Any other one,
 * asked by {@code lang} or found in an old cookie, is ignored (French, the default, and no cookie): a stray tag
 * once stayed a year in the cookie and broke every later comment, whose language column holds 5 characters.
 */
public final class PublicLocaleResolver extends CookieLocaleResolver {

    public static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

    PublicLocaleResolver() {
        super("pan-lang");
        setDefaultLocale(Locale.FRENCH);
        setCookieMaxAge(Duration.ofDays(365));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = super.resolveLocale(request);
        return LANGUAGES.contains(locale.getLanguage()) ? new Locale(locale.getLanguage()) : Locale.FRENCH;
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleLocaleContext(resolveLocale(request));
    }

    /** Keeps a supported language alone ({@code ar-MA} is {@code ar}); null resets to the default. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale asked = context == null ? null : context.getLocale();
        if (asked == null) {
            super.setLocaleContext(request, response, null);
        } else if (LANGUAGES.contains(asked.getLanguage())) {
            super.setLocaleContext(request, response, new SimpleLocaleContext(new Locale(asked.getLanguage())));
        }
    }
}
