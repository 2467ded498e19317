package ma.ogp.pan.demo;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The secretariat's page to move the demo's time forward; it exists only in a demo with its own clock. */
@Controller
@ConditionalOnExpression("${pan.demo.enabled:false} and '${pan.demo.clock-start:}' != ''")
class DemoClockController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH'h'mm",
            Locale.FRENCH).withZone(ZoneId.of("Africa/Casablanca"));

    private final DemoClock clock;
    private final DemoCoCreation coCreation;

    DemoClockController(DemoClock clock, DemoCoCreation coCreation) {
        this.clock = clock;
        this.coCreation = coCreation;
    }

    @GetMapping("/app/demo/horloge")
    String show(Model model, Authentication user) {
        SecretariatOnly.require(user);
        model.addAttribute("now", WHEN.format(clock.now()));
        model.addAttribute("movable", clock.isMovable());
        model.addAttribute("progress", coCreation.progress());
        return "app/demo-clock";
    }

    @PostMapping("/app/demo/horloge")
    String advance(@RequestParam int heures, Authentication user) {
        SecretariatOnly.require(user);
        if (coCreation.isStarting()) {
            // the review's deadlines would pass before its tasks exist
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "La co-création de la démo démarre encore : réessayez dans quelques secondes.");
        }
        try {
            clock.advance(Duration.ofHours(heures));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return "redirect:/app/demo/horloge";
    }
}
