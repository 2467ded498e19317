package ma.ogp.pan.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat creates a plan, and edits it until its co-creation starts: one form, refused whole with its reason. */
@Controller
class PlanSetupController {

    private final PlanSetupService setup;
    private final ActionPlanRepository plans;

    PlanSetupController(PlanSetupService setup, ActionPlanRepository plans) {
        this.setup = setup;
        this.plans = plans;
    }

    @GetMapping("/app/plans/nouveau")
    String newPlan(Authentication user, Model model) {
        SecretariatOnly.require(user);
        return show(null, new PlanForm(), model);
    }

    @PostMapping("/app/plans")
    String create(@ModelAttribute("form") PlanForm form, HttpServletRequest request, Authentication user,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        try {
            refuseRepeatedFields(request);
            ActionPlan plan = setup.create(form);
            redirect.addFlashAttribute("saved", "Plan " + plan.code() + " créé, en brouillon : il n'est pas public tant"
                    + " que son calendrier n'est pas publié.");
            return "redirect:/app/plans/" + plan.code();
        } catch (InvalidPlanException refused) {
            return refused(refused, null, form, response, model);
        }
    }

    @GetMapping("/app/plans/{code}/modifier")
    String edit(@PathVariable String code, Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        PlanStage stage = setup.stage(plan);
        if (!stage.editable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Plan en lecture seule : " + stage.label());
        }
        return show(plan, setup.form(plan), model);
    }

    @PostMapping("/app/plans/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") PlanForm form, HttpServletRequest request,
                  Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        try {
            refuseRepeatedFields(request);
            setup.update(plan.code(), form);
        } catch (InvalidPlanException refused) {
            return refused(refused, plan, form, response, model);
        }
        redirect.addFlashAttribute("saved", "Plan " + plan.code() + " enregistré.");
        return "redirect:/app/plans/" + plan.code();
    }

    /** A field sent twice would be bound as both values joined by a comma: refused rather than guessed. */
    private static void refuseRepeatedFields(HttpServletRequest request) {
        if (request.getParameterMap().values().stream().anyMatch(values -> values.length > 1)) {
            throw new InvalidPlanException("Un champ du formulaire est envoyé deux fois : renvoyez le formulaire de"
                    + " la page.");
        }
    }

    private String refused(InvalidPlanException refused, ActionPlan plan, PlanForm form,
                           HttpServletResponse response, Model model) {
        response.setStatus(refused.status().value());
        model.addAttribute("error", refused.getMessage());
        return show(plan, form, model);
    }

    private String show(ActionPlan plan, PlanForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("phases", Phase.values());
        Map<String, String> kinds = new LinkedHashMap<>();
        PlanRules.DEADLINE_KINDS.forEach(kind -> kinds.put(kind, Deadline.label(kind)));
        model.addAttribute("deadlineKinds", kinds);
        model.addAttribute("maxTitle", PlanRules.MAX_TITLE);
        model.addAttribute("maxParticipation", Participation.MAX_CHARS);
        return "app/plan-form";
    }
}
