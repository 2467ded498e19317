package ma.ogp.pan.commitment;

import java.util.List;

import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff JSON API on commitments. */
@RestController
@RequestMapping("/api/plans/{code}/commitments")
class CommitmentApiController {

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;

    CommitmentApiController(ActionPlanRepository plans, CommitmentRepository commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping
    List<Commitment> list(@PathVariable String code) {
        return commitments.findByPlan(plans.getByCode(code).id());
    }
}
