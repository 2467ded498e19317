package ma.ogp.pan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page, in the visitor's language: only the citizens' pages, and where the current plan's
 * co-creation stands (the phase under way, else the next one and its dates).
 */
@Controller
class PublicHomeController {

    private final PublicPlans publicPlans;
    private final ActionPlanRepository plans;
    private final PlanSetupService setup;
    private final DeadlineService deadlines;
    private final Clock clock;

    PublicHomeController(PublicPlans publicPlans, ActionPlanRepository plans, PlanSetupService setup,
                         DeadlineService deadlines, Clock clock) {
        this.publicPlans = publicPlans;
        this.plans = plans;
        this.setup = setup;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        publicPlans.chosen(null).ifPresent(plan -> {
            List<PlanPhase> phases = plans.findPhases(plan.id());
            LocalDate today = deadlines.day(OffsetDateTime.now(clock));
            model.addAttribute("plan", plan);
            model.addAttribute("stage", setup.stage(plan));
            model.addAttribute("current", phases.stream()
                    .filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn())).findFirst().orElse(null));
            model.addAttribute("next", next(phases, today).orElse(null));
        });
        return "index";
    }

    private static Optional<PlanPhase> next(List<PlanPhase> phases, LocalDate today) {
        return phases.stream().filter(p -> p.startsOn().isAfter(today)).min(Comparator.comparing(PlanPhase::startsOn));
    }
}
