package ma.ogp.pan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which plan a public page shows: the one named by its code, else the current one, the public plan with the latest
 * period. A plan is public once its timeline is published; a draft is unknown to the public pages.
 */
@Service
public class PublicPlans {

    private final ActionPlanRepository plans;

    PublicPlans(ActionPlanRepository plans) {
        this.plans = plans;
    }

    /**
     * The public plan with this code (a 404 for a plan unknown or not public), or the current plan when no code is
     * given: none before any plan is public.
     */
    public Optional<ActionPlan> chosen(String code) {
        List<ActionPlan> all = plans.findPublished();
        if (code == null || code.isBlank()) {
            return all.stream().findFirst();
        }
        return Optional.of(all.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow(PublicPlans::unknown));
    }

    /** As {@link #chosen}, and a 404 too when no plan is public yet. */
    public ActionPlan get(String code) {
        return chosen(code).orElseThrow(PublicPlans::unknown);
    }

    /** Every public plan, the current one first. */
    public List<ActionPlan> all() {
        return plans.findPublished();
    }

    private static ResponseStatusException unknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun plan d'action public ne correspond à cette adresse.");
    }
}
