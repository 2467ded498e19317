package ma.ogp.pan.consultation;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.web.RefusedPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The public consultation pages: no login, server-rendered, working without JavaScript. */
@Controller
@RequestMapping("/consultation")
class PublicConsultationController {

    private final ConsultationService consultations;
    private final CommitmentRepository commitments;
    private final CommentMeters meters;

    PublicConsultationController(ConsultationService consultations, CommitmentRepository commitments,
                                 CommentMeters meters) {
        this.consultations = consultations;
        this.commitments = commitments;
        this.meters = meters;
    }

    @GetMapping
    String list(@RequestParam(required = false) String plan, @RequestParam(required = false) String institution,
                @RequestParam(name = "valeur", required = false) OgpValue value,
                @RequestParam(defaultValue = "1") int page, Model model) {
        Optional<Consultation> consultation = plan == null ? consultations.latest() : consultations.ofPlan(plan);
        model.addAttribute("consultation", consultation.orElse(null));
        consultation.ifPresent(c -> {
            model.addAttribute("open", consultations.isOpen(c));
            model.addAttribute("notYet", consultations.isBeforeOpening(c));
            model.addAttribute("institutions", consultations.leadInstitutions(c));
            model.addAttribute("list", consultations.commitments(c, institution, value, page));
        });
        model.addAttribute("values", OgpValue.values());
        model.addAttribute("plan", plan);
        model.addAttribute("institution", institution);
        model.addAttribute("value", value);
        return "consultation/index";
    }

    /**
     * Asks for the CSRF token before rendering: a first visitor's session is created then, not once a long page has
     * already been sent (which cut the page off before the form).
     */
    @GetMapping("/{reference}")
    String commitment(@PathVariable String reference, @RequestParam(defaultValue = "1") int page, CsrfToken csrf,
                      Model model) {
        csrf.getToken();
        show(reference, new CommentForm(), page, model);
        return "consultation/commitment";
    }

    @PostMapping("/{reference}/commentaires")
    String comment(@PathVariable String reference, @Valid @ModelAttribute("form") CommentForm form,
                   BindingResult errors, Locale locale, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        try {
            // data binding would join two values of a field with a comma: "a,b"
            if (request.getParameterMap().values().stream().anyMatch(values -> values.length > 1)) {
                throw new ConsultationRefusal(HttpStatus.BAD_REQUEST, "comment.field.repeated");
            }
            if (errors.hasErrors()) {
                meters.refused("comment.invalid");
                show(reference, form, 1, model);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "consultation/commitment";
            }
            consultations.comment(reference, form, locale.getLanguage(), request.getRemoteAddr());
        } catch (ConsultationRefusal refusal) {
            meters.refused(refusal.messageKey());
            throw refusal;
        }
        meters.received();
        return "redirect:/consultation/" + reference + "?merci#commentaire";
    }

    @ExceptionHandler(ConsultationRefusal.class)
    String refused(ConsultationRefusal refusal, HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, refusal.status().value(), refusal.messageKey(), "/consultation",
                "consultation.back");
    }

    /** A malformed parameter ({@code ?page=abc}, {@code ?valeur=X}) gets the refusal page, not Spring's message. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(HttpServletResponse response, Model model) {
        return refused(new ConsultationRefusal(HttpStatus.BAD_REQUEST, "consultation.parameter.invalid"), response, model);
    }

    private void show(String reference, CommentForm form, int page, Model model) {
        Consultation consultation = consultations.consultationOf(reference);
        ConsultedCommitment commitment = consultations.commitment(consultation, reference);
        model.addAttribute("consultation", consultation);
        model.addAttribute("open", consultations.isOpen(consultation));
        model.addAttribute("notYet", consultations.isBeforeOpening(consultation));
        model.addAttribute("commitment", commitment);
        model.addAttribute("fiche", commitments.findVersion(commitment.id(), commitment.versionNo()).orElseThrow());
        model.addAttribute("comments", consultations.approved(commitment.id(), page));
        // a new key for every form shown: a form shown again after a refusal stored nothing under the old one
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute("form", form);
    }
}
