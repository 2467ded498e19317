package ma.ogp.pan.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page of the accounts the login throttle slows, to let a person in at once. Camunda's own
 * locks need no such page any more: {@link ThrottledIdentityProvider} neither sets nor honours them.
 */
@Controller
class ThrottledAccountsController {

    /** One slowed account as the page shows it. */
    record Row(String account, int failures, long waitSeconds) {
    }

    private final LoginThrottle throttle;

    ThrottledAccountsController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/app/comptes")
    String list(Authentication user, Model model) {
        SecretariatOnly.require(user);
        Instant now = Clock.systemUTC().instant();
        List<Row> rows = throttle.throttledAccounts().stream()
                .map(a -> new Row(a.account(), a.failures(),
                        Math.max(0, (Duration.between(now, a.waitsUntil()).toMillis() + 999) / 1000)))
                .toList();
        model.addAttribute("accounts", rows);
        return "app/accounts";
    }

    @PostMapping("/app/comptes/lever")
    String lift(@RequestParam String compte, Authentication user, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        throttle.lift(compte);
        redirect.addFlashAttribute("lifted", compte);
        return "redirect:/app/comptes";
    }
}
