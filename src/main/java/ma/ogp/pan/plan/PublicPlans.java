package ma.ogp.pan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

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

    /** The public plan with this code, or the current plan when no code is given. */
    public Optional<ActionPlan> chosen(String code) {
        List<ActionPlan> all = plans.findPublished();
        return code == null || code.isBlank() ? all.stream().findFirst()
                : all.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Every public plan, the current one first. */
    public List<ActionPlan> all() {
        return plans.findPublished();
    }
}
