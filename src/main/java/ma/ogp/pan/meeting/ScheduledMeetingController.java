package ma.ogp.pan.meeting;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.notification.NotificationProperties;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat schedules, moves and cancels meetings; each refusal re-shows the page with its reason (400). */
@Controller
class ScheduledMeetingController {

    private static final String PAGE = "app/scheduled-meetings";

    private final ScheduledMeetingService scheduled;
    private final MinutesService minutes;
    private final ActionPlanRepository plans;
    private final ZoneId zone;

    ScheduledMeetingController(ScheduledMeetingService scheduled, MinutesService minutes, ActionPlanRepository plans,
                               NotificationProperties settings) {
        this.scheduled = scheduled;
        this.minutes = minutes;
        this.plans = plans;
        this.zone = settings.timeZone();
    }

    /** Lists come as repeated names (invitees=1&invitees=2), never indexed (see MeetingEntryController). */
    @InitBinder({"form", "move"})
    void noIndexes(WebDataBinder binder) {
        binder.setDisallowedFields("*[*");
    }

    @GetMapping("/app/reunions/planifiees")
    String page(@RequestParam String plan, Authentication user, Model model) {
        SecretariatOnly.require(user);
        show(plans.getByCode(plan), new ScheduleForm(), model);
        return PAGE;
    }

    @PostMapping("/app/reunions/planifiees")
    String schedule(@RequestParam String plan, @ModelAttribute("form") ScheduleForm form, BindingResult binding,
                    Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plans.getByCode(plan);
        try {
            bound(binding);
            scheduled.schedule(chosen, form, user.getName());
            redirect.addFlashAttribute("done", "Réunion planifiée : les invitations partent par courriel.");
        } catch (InvalidMeetingException refused) {
            return refused(chosen, form, refused, response, model);
        }
        return "redirect:/app/reunions/planifiees?plan=" + chosen.code();
    }

    @PostMapping("/app/reunions/planifiees/{id}/deplacer")
    String move(@PathVariable long id, @RequestParam String plan, @ModelAttribute("move") ScheduleForm move,
                BindingResult binding, Authentication user, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plans.getByCode(plan);
        try {
            bound(binding);
            scheduled.move(chosen, id, move);
            redirect.addFlashAttribute("done", "Réunion déplacée : les invité(e)s reçoivent la mise à jour.");
        } catch (InvalidMeetingException refused) {
            return refused(chosen, new ScheduleForm(), refused, response, model);
        }
        return "redirect:/app/reunions/planifiees?plan=" + chosen.code();
    }

    @PostMapping("/app/reunions/planifiees/{id}/annuler")
    String cancel(@PathVariable long id, @RequestParam String plan, Authentication user,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plans.getByCode(plan);
        try {
            scheduled.cancel(chosen, id);
            redirect.addFlashAttribute("done", "Réunion annulée : les invité(e)s reçoivent l'annulation.");
        } catch (InvalidMeetingException refused) {
            return refused(chosen, new ScheduleForm(), refused, response, model);
        }
        return "redirect:/app/reunions/planifiees?plan=" + chosen.code();
    }

    private static void bound(BindingResult binding) {
        if (binding.getSuppressedFields().length > 0) {
            throw new InvalidMeetingException("Champ inconnu du formulaire : les invité(e)s et les engagements se"
                    + " cochent dans les listes.");
        }
        if (binding.hasErrors()) {
            // only the check boxes and the administration (ids, remote) can fail to bind: the rest is text
            throw new InvalidMeetingException("Une case cochée ou l'administration choisie n'est pas valide.");
        }
    }

    private String refused(ActionPlan plan, ScheduleForm form, InvalidMeetingException refused,
                           HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", refused.getMessage());
        show(plan, form, model);
        return PAGE;
    }

    private void show(ActionPlan plan, ScheduleForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("scheduled", scheduled.scheduledMeetings(plan));
        model.addAttribute("people", minutes.people(plan));
        model.addAttribute("institutions", scheduled.institutions());
        model.addAttribute("commitments", scheduled.commitmentsOf(plan));
        model.addAttribute("kinds", ScheduledMeeting.Kind.values());
        model.addAttribute("zone", zone);
    }
}
