package ma.ogp.pan.meeting;

import java.util.List;
import java.util.Optional;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.PublicPlans;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The public minutes: the plan's meetings, and each meeting's relevé de conclusions. No login. */
@Controller
@RequestMapping("/proces-verbaux")
class PublicMinutesController {

    private final MinutesService minutes;
    private final PublicPlans plans;

    PublicMinutesController(MinutesService minutes, PublicPlans plans) {
        this.minutes = minutes;
        this.plans = plans;
    }

    @GetMapping
    String list(@RequestParam(required = false) String plan, Model model) {
        Optional<ActionPlan> chosen = plans.chosen(plan);
        model.addAttribute("plan", chosen.orElse(null));
        model.addAttribute("meetings", chosen.map(minutes::meetings).orElse(List.of()));
        return "meeting/index";
    }

    /** Any id that is not a recorded meeting, numeric or not, gets the same 404 page. */
    @GetMapping("/{meetingId}")
    ModelAndView minutes(@PathVariable String meetingId) {
        return (meetingId.matches("\\d{1,18}") ? minutes.minutes(Long.parseLong(meetingId)) : Optional.<Minutes>empty())
                .map(m -> new ModelAndView("meeting/minutes", "minutes", m))
                .orElseGet(() -> new ModelAndView("meeting/unknown", HttpStatus.NOT_FOUND));
    }
}
