package ma.ogp.pan.meeting;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** The secretariat records a meeting: one form, refused whole with its reason when something is wrong. */
@Controller
class MeetingEntryController {

    private final MinutesService minutes;
    private final ActionPlanRepository plans;

    MeetingEntryController(MinutesService minutes, ActionPlanRepository plans) {
        this.minutes = minutes;
        this.plans = plans;
    }

    /**
     * The form's lists come as repeated names (attendees=1&attendees=2); an index (attendees[99999]) would make the
     * binder grow a list to that size or fail on a negative or non-numeric one, so indexed names are not bound.
     */
    @InitBinder("form")
    void noIndexes(WebDataBinder binder) {
        binder.setDisallowedFields("*[*");
    }

    @GetMapping("/app/reunions")
    String form(@RequestParam(required = false) String plan, Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plan(plan);
        MeetingForm form = new MeetingForm();
        form.setRounds(minutes.defaultRounds(chosen));
        show(chosen, form, model);
        return "app/meetings";
    }

    @PostMapping("/app/reunions")
    String record(@RequestParam String plan, @ModelAttribute("form") MeetingForm form, BindingResult binding,
                  Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plans.getByCode(plan);
        try {
            if (binding.getSuppressedFields().length > 0) {
                throw new InvalidMeetingException("Champ inconnu du formulaire : les participant(e)s, les"
                        + " organisations absentes et les tours d'examen se cochent dans les listes.");
            }
            if (binding.hasErrors()) {
                // only the check boxes (ids, remote) can fail to bind: every other field is text
                throw new InvalidMeetingException("Une case cochée du formulaire n'est pas valide.");
            }
            redirect.addFlashAttribute("recorded", minutes.record(chosen, form));
        } catch (InvalidMeetingException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", refused.getMessage());
            show(chosen, form, model);
            return "app/meetings";
        }
        return "redirect:/app/reunions?plan=" + chosen.code();
    }

    private void show(ActionPlan plan, MeetingForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("meetings", minutes.meetings(plan));
        model.addAttribute("people", minutes.people(plan));
        model.addAttribute("institutions", minutes.institutions());
        model.addAttribute("rounds", minutes.roundsToDiscuss(plan));
    }

    /** The plan asked for, else the plan of the latest meeting, else the newest plan. */
    private ActionPlan plan(String code) {
        return minutes.plan(code).or(() -> plans.findAll().stream().findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun plan d'action"));
    }
}
