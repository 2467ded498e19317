package ma.ogp.pan.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.ogp.pan.followup.CommitmentDues.Pending;
import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.OpenDataCsv;
import ma.ogp.pan.web.PlanTime;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The secretariat's follow-up of a plan: who owes a review, a consolidation or a revision, and since when. */
@Controller
class FollowUpController {

    static final List<String> COLUMNS = List.of("Référence", "Engagement", "Institution porteuse", "Statut",
            "Tour d'examen", "Avis reçus", "Avis attendus", "Avis manquants", "Échéance des avis",
            "Consolidation en attente", "Révision en attente", "Échéance de la révision", "En retard");

    private final ActionPlanRepository plans;
    private final FollowUpService followUp;
    private final NotificationProperties settings;
    private final PlanTime time;

    FollowUpController(ActionPlanRepository plans, FollowUpService followUp, NotificationProperties settings,
                       PlanTime time) {
        this.plans = plans;
        this.followUp = followUp;
        this.settings = settings;
        this.time = time;
    }

    /** The staff navigation's entry: the newest plan's follow-up. */
    @GetMapping("/app/suivi")
    String newest(Authentication user) {
        SecretariatOnly.require(user);
        return plans.findAll().stream().findFirst().map(plan -> "redirect:/app/plans/" + plan.code() + "/suivi")
                .orElse("redirect:/app");
    }

    @GetMapping("/app/plans/{code}/suivi")
    String page(@PathVariable String code, Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        List<CommitmentDues> dues = followUp.of(plan);
        model.addAttribute("plan", plan);
        model.addAttribute("dues", dues);
        model.addAttribute("zone", settings.timeZone().getId());
        model.addAttribute("received", dues.stream().filter(d -> d.round() != null && d.round().open())
                .mapToInt(d -> d.round().received().size()).sum());
        model.addAttribute("expected", dues.stream().filter(d -> d.round() != null && d.round().open())
                .mapToInt(d -> d.round().expected()).sum());
        model.addAttribute("consolidations", dues.stream().filter(d -> d.consolidation() != null).count());
        model.addAttribute("revisions", dues.stream().mapToLong(d -> d.revisions().size()).sum());
        model.addAttribute("late", dues.stream().filter(CommitmentDues::late).count());
        return "app/follow-up";
    }

    @GetMapping("/app/plans/{code}/suivi.csv")
    ResponseEntity<String> csv(@PathVariable String code, Authentication user) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        return OpenDataCsv.download(plan.code() + "-suivi.csv", COLUMNS,
                followUp.of(plan).stream().map(this::row).toList());
    }

    private Map<String, Object> row(CommitmentDues dues) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Référence", dues.commitment().reference());
        row.put("Engagement", dues.commitment().title());
        row.put("Institution porteuse", dues.commitment().leadInstitutionName());
        row.put("Statut", dues.commitment().status().label());
        if (dues.round() != null) {
            row.put("Tour d'examen", dues.round().number() + (dues.round().open() ? " (en cours)" : " (clos)"));
            row.put("Avis reçus", dues.round().received().size());
            row.put("Avis attendus", dues.round().expected());
            row.put("Avis manquants", dues.round().missing().stream().map(Who::toString)
                    .collect(Collectors.joining(" ; ")));
            row.put("Échéance des avis", time.dateTime(dues.round().dueAt()));
        }
        row.put("Consolidation en attente",
                dues.consolidation() == null ? "non" : "oui – " + dues.consolidation().holder());
        row.put("Révision en attente",
                dues.revisions().stream().map(Pending::holder).collect(Collectors.joining(" ; ")));
        row.put("Échéance de la révision", dues.revisions().stream().map(r -> time.dateTime(r.dueAt()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ; ")));
        row.put("En retard", dues.late() ? "oui" : "non");
        return row;
    }
}
