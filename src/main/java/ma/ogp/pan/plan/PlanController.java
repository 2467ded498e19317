package ma.ogp.pan.plan;

import static java.util.stream.Collectors.toMap;

import java.util.List;

import ma.ogp.pan.commitment.CommitmentRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff pages: the plans, and one plan's calendar, deadlines, meetings and commitments. */
@Controller
class PlanController {

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;
    private final List<PlanPageSection> sections;

    PlanController(ActionPlanRepository plans, CommitmentRepository commitments, List<PlanPageSection> sections) {
        this.plans = plans;
        this.commitments = commitments;
        this.sections = sections;
    }

    @GetMapping("/app")
    String plans(Model model) {
        model.addAttribute("plans", plans.findAll());
        return "app/plans";
    }

    @GetMapping("/app/plans/{code}")
    String plan(@PathVariable String code, Model model) {
        ActionPlan plan = plans.getByCode(code);
        List<Deadline> deadlines = plans.findDeadlines(plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("phases", plans.findPhases(plan.id()));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("extensions", deadlines.stream()
                .collect(toMap(Deadline::id, d -> plans.findExtensions(d.id()))));
        sections.forEach(section -> section.addTo(model, plan));
        model.addAttribute("commitments", commitments.findByPlan(plan.id()));
        return "app/plan";
    }
}
