package ma.ogp.pan.plan;

import static java.util.stream.Collectors.toMap;

import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages: the plans, and one plan's calendar, deadlines, meetings and commitments; there the secretariat
 * publishes the plan's timeline and starts its co-creation.
 */
@Controller
class PlanController {

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;
    private final List<PlanPageSection> sections;
    private final PlanSetupService setup;

    PlanController(ActionPlanRepository plans, CommitmentRepository commitments, List<PlanPageSection> sections,
                   PlanSetupService setup) {
        this.plans = plans;
        this.commitments = commitments;
        this.sections = sections;
        this.setup = setup;
    }

    @GetMapping("/app")
    String plans(Authentication user, Model model) {
        List<ActionPlan> all = plans.findAll();
        model.addAttribute("plans", all);
        model.addAttribute("stages", all.stream().collect(toMap(ActionPlan::code, setup::stage)));
        model.addAttribute("secretariat", SecretariatOnly.is(user));
        return "app/plans";
    }

    @GetMapping("/app/plans/{code}")
    String plan(@PathVariable String code, Authentication user, Model model) {
        return show(plans.getByCode(code), user, model);
    }

    @PostMapping("/app/plans/{code}/publication")
    String publish(@PathVariable String code, Authentication user, HttpServletResponse response, Model model,
                   RedirectAttributes redirect) {
        return act(code, user, response, model, redirect, setup::publish,
                "Calendrier publié : il est en ligne sur la page publique du plan.");
    }

    @PostMapping("/app/plans/{code}/lancement")
    String start(@PathVariable String code, Authentication user, HttpServletResponse response, Model model,
                 RedirectAttributes redirect) {
        return act(code, user, response, model, redirect, setup::start,
                "Co-création lancée : l'appel à engagements est ouvert, la suite est dans Tasklist.");
    }

    private String act(String code, Authentication user, HttpServletResponse response, Model model,
                       RedirectAttributes redirect, Consumer<String> action, String done) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        try {
            action.accept(plan.code());
        } catch (InvalidPlanException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("error", refused.getMessage());
            return show(plan, user, model);
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/app/plans/" + plan.code();
    }

    private String show(ActionPlan plan, Authentication user, Model model) {
        List<Deadline> deadlines = plans.findDeadlines(plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("stage", setup.stage(plan));
        model.addAttribute("setup", setup.setup(plan));
        model.addAttribute("secretariat", SecretariatOnly.is(user));
        model.addAttribute("phases", plans.findPhases(plan.id()));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("extensions", deadlines.stream()
                .collect(toMap(Deadline::id, d -> plans.findExtensions(d.id()))));
        sections.forEach(section -> section.addTo(model, plan));
        model.addAttribute("commitments", commitments.findByPlan(plan.id()));
        return "app/plan";
    }
}
