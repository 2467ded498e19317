package ma.ogp.pan.meeting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.commitment.Commitment;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat records a meeting, held as scheduled or not: one form, refused whole with its reason when
 * something is wrong; for a coordination meeting, what was agreed on each of its commitments.
 */
@Controller
class MeetingEntryController {

    private final MinutesService minutes;
    private final ScheduledMeetingService scheduled;
    private final ActionPlanRepository plans;
    private final ZoneId zone;

    MeetingEntryController(MinutesService minutes, ScheduledMeetingService scheduled, ActionPlanRepository plans,
                           NotificationProperties settings) {
        this.minutes = minutes;
        this.scheduled = scheduled;
        this.plans = plans;
        this.zone = settings.timeZone();
    }

    /**
     * The form's lists come as repeated names (attendees=1&attendees=2); an index (attendees[99999]) would make the
     * binder grow a list to that size or fail on a negative or non-numeric one, so indexed names are not bound.
     */
    @InitBinder("form")
    void noIndexes(WebDataBinder binder) {
        binder.setDisallowedFields("*[*");
    }

    /** The form, pre-filled from a scheduled meeting when one is given ({@code planifiee}). */
    @GetMapping("/app/reunions")
    String form(@RequestParam(required = false) String plan, @RequestParam(required = false) Long planifiee,
                Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plan(plan);
        MeetingForm form = new MeetingForm();
        form.setRounds(minutes.defaultRounds(chosen));
        if (planifiee != null) {
            prefill(form, scheduled.find(chosen, planifiee).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Aucune réunion planifiée n° " + planifiee + " dans le plan " + chosen.code())));
        }
        show(chosen, form, model);
        return "app/meetings";
    }

    @PostMapping("/app/reunions")
    String record(@RequestParam String plan, @ModelAttribute("form") MeetingForm form, BindingResult binding,
                  HttpServletRequest request, Authentication user, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan chosen = plans.getByCode(plan);
        try {
            readAgreements(chosen, form, request);
            if (binding.getSuppressedFields().length > 0) {
                throw new InvalidMeetingException("Champ inconnu du formulaire : les participant(e)s, les"
                        + " organisations absentes et les tours d'examen se cochent dans les listes.");
            }
            if (binding.hasErrors()) {
                // only the check boxes (ids, remote) can fail to bind: every other field is text
                throw new InvalidMeetingException("Une case cochée du formulaire n'est pas valide.");
            }
            redirect.addFlashAttribute("recorded", minutes.record(chosen, form, user.getName()));
        } catch (InvalidMeetingException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", refused.getMessage());
            show(chosen, form, model);
            return "app/meetings";
        }
        return "redirect:/app/reunions?plan=" + chosen.code();
    }

    private void prefill(MeetingForm form, ScheduledMeeting meeting) {
        form.setScheduledMeeting(meeting.id());
        form.setHeldOn(meeting.startsAt().atZoneSameInstant(zone).toLocalDate().toString());
        form.setTitle(meeting.title());
        form.setLocation(meeting.location());
        form.setRemote(meeting.remote());
        form.setAgenda(meeting.agenda());
        form.setAttendees(new ArrayList<>(scheduled.invitees(meeting.id()).stream().map(Invitee::personId).toList()));
    }

    /** The agreement fields of each commitment the scheduled coordination meeting examined, by their names. */
    private void readAgreements(ActionPlan plan, MeetingForm form, HttpServletRequest request) {
        if (form.getScheduledMeeting() == null) {
            return;
        }
        for (Commitment commitment : agreementCommitments(scheduled.get(plan, form.getScheduledMeeting()))) {
            form.getAgreements().put(commitment.id(), new MeetingForm.AgreementText(
                    request.getParameter("activities-" + commitment.id()),
                    request.getParameter("calendar-" + commitment.id()),
                    request.getParameter("indicators-" + commitment.id())));
        }
    }

    private List<Commitment> agreementCommitments(ScheduledMeeting meeting) {
        return meeting.kind() == ScheduledMeeting.Kind.COORDINATION ? scheduled.commitments(meeting.id()) : List.of();
    }

    private void show(ActionPlan plan, MeetingForm form, Model model) {
        ScheduledMeeting planned = form.getScheduledMeeting() == null ? null
                : scheduled.find(plan, form.getScheduledMeeting()).orElse(null);
        model.addAttribute("scheduledMeeting", planned);
        model.addAttribute("agreementCommitments", planned == null ? List.of() : agreementCommitments(planned));
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
