package ma.ogp.pan.consultation;

import java.util.List;

import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The secretariat moderates the pending comments in bulk: 50 a page, filtered by draft, submission days and
 * language; a selection or the whole filter approved or rejected in one statement. No task or process per comment.
 */
@Controller
class ModerationController {

    static final int PAGE_SIZE = 50;
    /** Two pages' worth: a selection is made on one page; more is the filter's job. */
    private static final int MAX_SELECTED = 2 * PAGE_SIZE;
    private static final String PATH = "/app/consultation/moderation";

    private final ConsultationService consultations;

    ModerationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping(PATH)
    ModelAndView pending(@RequestParam(name = "engagement", required = false) String commitment,
                         @RequestParam(name = "du", required = false) String from,
                         @RequestParam(name = "au", required = false) String to,
                         @RequestParam(name = "langue", required = false) String language,
                         @RequestParam(name = "page", required = false) String page, Authentication user) {
        SecretariatOnly.require(user);
        ModelAndView view = new ModelAndView("app/moderation");
        view.addObject("reasons", RejectionReason.values());
        Consultation consultation = consultations.latest().orElse(null);
        if (consultation == null) {
            view.addObject("comments", List.of());
            view.addObject("total", 0);
            return view;
        }
        ModerationFilter filter = consultations.filter(consultation, commitment, from, to, language);
        int number = pageNumber(page);
        int total = consultations.countPending(consultation, filter);
        view.addObject("filter", filter);
        view.addObject("total", total);
        view.addObject("page", number);
        view.addObject("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        view.addObject("link", link(filter));
        view.addObject("comments", consultations.pending(consultation, filter, (number - 1) * PAGE_SIZE, PAGE_SIZE));
        return view;
    }

    /**
     * {@code approve} or {@code reject}: the checked ids; {@code approve-filter} or {@code reject-filter}: every
     * pending comment the filter selects (one button carries both the decision and its scope).
     */
    @PostMapping(PATH)
    String moderate(@RequestParam(name = "ids", required = false) List<String> ids, @RequestParam(required = false) String action,
                    @RequestParam(required = false) String reason,
                    @RequestParam(name = "engagement", required = false) String commitment,
                    @RequestParam(name = "du", required = false) String from,
                    @RequestParam(name = "au", required = false) String to,
                    @RequestParam(name = "langue", required = false) String language,
                    Authentication user, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        if (action == null || !List.of("approve", "reject", "approve-filter", "reject-filter").contains(action)) {
            throw ModerationFilter.refused("Action inconnue : choisissez publier ou rejeter.");
        }
        boolean approve = action.startsWith("approve");
        RejectionReason why = reason(reason);
        Consultation consultation = consultations.latest().orElseThrow(() -> ModerationFilter.refused("Aucune consultation."));
        ModerationFilter filter = consultations.filter(consultation, commitment, from, to, language);
        try {
            int changed = action.endsWith("-filter")
                    ? consultations.moderate(consultation, filter, approve, why, user.getName())
                    : consultations.moderate(selected(ids), approve, why, user.getName());
            redirect.addFlashAttribute("done", changed);
        } catch (ConsultationRefusal refusal) {
            throw new ResponseStatusException(refusal.status(), "Choisissez le motif du rejet.");
        }
        return "redirect:" + link(filter);
    }

    /** A refusal re-shows nothing but its reason: the list is one click away, unchanged. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refusal(ResponseStatusException refusal) {
        ModelAndView view = new ModelAndView("app/moderation", refusal.getStatusCode());
        view.addObject("error", refusal.getReason());
        view.addObject("comments", List.of());
        view.addObject("reasons", RejectionReason.values());
        view.addObject("total", 0);
        return view;
    }

    private static List<Long> selected(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ModerationFilter.refused("Sélectionnez au moins une contribution.");
        }
        if (ids.size() > MAX_SELECTED) {
            throw ModerationFilter.refused("Sélection trop grande (" + MAX_SELECTED + " au plus) : modérez plutôt tout le filtre.");
        }
        try {
            return ids.stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw ModerationFilter.refused("Sélection illisible.");
        }
    }

    private static RejectionReason reason(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RejectionReason.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ModerationFilter.refused("Motif de rejet inconnu.");
        }
    }

    private static int pageNumber(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
            throw ModerationFilter.refused("Numéro de page invalide.");
        }
        return Integer.parseInt(text);
    }

    private static String link(ModerationFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        filter.asParams().forEach((name, value) -> {
            if (!value.toString().isEmpty()) {
                link.queryParam(name, value);
            }
        });
        return link.encode().build().toUriString();
    }
}
