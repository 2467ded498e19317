package ma.ogp.pan.consultation;

import java.util.List;

import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat moderates the pending comments in bulk: one page, no task or process per comment. */
@Controller
class ModerationController {

    private final ConsultationService consultations;

    ModerationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/app/consultation/moderation")
    String pending(Authentication user, Model model) {
        SecretariatOnly.require(user);
        Consultation consultation = consultations.latest().orElse(null);
        model.addAttribute("comments", consultation == null ? List.of() : consultations.pending(consultation));
        model.addAttribute("reasons", RejectionReason.values());
        return "app/moderation";
    }

    @PostMapping("/app/consultation/moderation")
    String moderate(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
                    @RequestParam(required = false) RejectionReason reason, Authentication user,
                    RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        if (ids == null || ids.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Sélectionnez au moins un commentaire");
        }
        if (!action.equals("approve") && !action.equals("reject")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Action inconnue : " + action);
        }
        try {
            int changed = consultations.moderate(ids, action.equals("approve"), reason, user.getName());
            redirect.addFlashAttribute("done", changed);
        } catch (ConsultationRefusal refusal) {
            throw new ResponseStatusException(refusal.status(), "Choisissez le motif du rejet");
        }
        return "redirect:/app/consultation/moderation";
    }

}
