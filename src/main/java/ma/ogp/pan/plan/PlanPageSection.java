package ma.ogp.pan.plan;

import org.springframework.ui.Model;

/**
 * What a later stage shows on a plan's staff page (the meetings, for one): the stage adds its own model attributes,
 * so the plan does not reach up into it.
 */
public interface PlanPageSection {

    void addTo(Model model, ActionPlan plan);
}
