package ma.ogp.pan.plan;

import static java.util.stream.Collectors.toMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public timeline of a plan's co-creation (the OGP standard asks for it before co-creation starts): its phases
 * and deadlines, how to take part, and their open data. No login; a draft plan is unknown here.
 */
@Controller
class PublicTimelineController {

    static final List<String> COLUMNS = List.of("plan", "item", "code", "label", "starts_on", "ends_on");

    private final PublicPlans publicPlans;
    private final ActionPlanRepository plans;
    private final PlanSetupService setup;

    PublicTimelineController(PublicPlans publicPlans, ActionPlanRepository plans, PlanSetupService setup) {
        this.publicPlans = publicPlans;
        this.plans = plans;
        this.setup = setup;
    }

    @GetMapping("/calendrier")
    String timeline(@RequestParam(required = false) String plan, Locale locale, Model model) {
        ActionPlan chosen = publicPlan(plan);
        List<Deadline> deadlines = plans.findDeadlines(chosen.id());
        model.addAttribute("plan", chosen);
        model.addAttribute("stage", setup.stage(chosen));
        model.addAttribute("phases", plans.findPhases(chosen.id()));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("dueDays", deadlines.stream()
                .collect(toMap(Deadline::kind, setup::dueDay)));
        model.addAttribute("participation", setup.setup(chosen).participation().in(locale));
        model.addAttribute("otherPlans", publicPlans.all().stream().filter(p -> !p.code().equals(chosen.code())).toList());
        return "plan/timeline";
    }

    @GetMapping(value = "/donnees/{plan}/calendrier.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> json(@PathVariable String plan) {
        return rows(publicPlan(plan));
    }

    @GetMapping("/donnees/{plan}/calendrier.csv")
    ResponseEntity<String> csv(@PathVariable String plan) {
        ActionPlan chosen = publicPlan(plan);
        return OpenDataCsv.of(chosen.code() + "-calendrier.csv", COLUMNS, rows(chosen));
    }

    /** One row per phase, then one per deadline (its current due day as its end). */
    private List<Map<String, Object>> rows(ActionPlan plan) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanPhase phase : plans.findPhases(plan.id())) {
            rows.add(row(plan, "phase", phase.phase().name(), phase.phase().label(), phase.startsOn(), phase.endsOn()));
        }
        for (Deadline deadline : plans.findDeadlines(plan.id())) {
            rows.add(row(plan, "deadline", deadline.kind(), deadline.label(), null, setup.dueDay(deadline)));
        }
        return rows;
    }

    private static Map<String, Object> row(ActionPlan plan, String item, String code, String label, Object startsOn,
                                           Object endsOn) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("plan", plan.code());
        row.put("item", item);
        row.put("code", code);
        row.put("label", label);
        row.put("starts_on", startsOn == null ? null : startsOn.toString());
        row.put("ends_on", endsOn.toString());
        return row;
    }

    private ActionPlan publicPlan(String code) {
        return publicPlans.get(code);
    }
}
