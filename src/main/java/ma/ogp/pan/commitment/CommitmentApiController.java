package ma.ogp.pan.commitment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff JSON API on commitments. */
@Tag(name = "Engagements", description = "Les projets d'engagement d'un plan d'action")
@RestController
@RequestMapping("/api/plans/{code}/commitments")
class CommitmentApiController {

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;

    CommitmentApiController(ActionPlanRepository plans, CommitmentRepository commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @Operation(summary = "Les projets d'engagement du plan, avec le titre de leur version courante")
    @ApiResponse(responseCode = "200", description = "Les engagements, par numéro")
    @ApiResponse(responseCode = "404", description = "Aucun plan de ce code", content = @Content)
    @GetMapping
    List<Commitment> list(@Parameter(description = "Code du plan, par exemple PAN3") @PathVariable String code) {
        return commitments.findByPlan(plans.getByCode(code).id());
    }
}
