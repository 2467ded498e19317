package ma.ogp.pan.commitment;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff JSON API on commitments. */
@Tag(name = "Engagements", description = "Les projets d'engagement d'un plan d'action")
@RestController
@RequestMapping("/api/plans/{code}/commitments")
class CommitmentApiController {

    private static final int MAX_SIZE = 500;

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;

    CommitmentApiController(ActionPlanRepository plans, CommitmentRepository commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @Operation(summary = "Les projets d'engagement du plan, avec le titre de leur version courante, page par page",
            description = "En-têtes : X-Total-Count (nombre d'engagements du plan) et Link (pages rel=\"prev\" et rel=\"next\").")
    @ApiResponse(responseCode = "200", description = "Une page des engagements, par numéro")
    @ApiResponse(responseCode = "400", description = "Page ou taille invalide", content = @Content)
    @ApiResponse(responseCode = "404", description = "Aucun plan de ce code", content = @Content)
    @GetMapping
    ResponseEntity<List<Commitment>> list(
            @Parameter(description = "Code du plan, par exemple PAN3") @PathVariable String code,
            @Parameter(description = "Page, à partir de 1 ; au-delà de la dernière, la dernière") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Engagements par page, de 1 à " + MAX_SIZE) @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size : de 1 à " + MAX_SIZE + " engagements par page");
        }
        long planId = plans.getByCode(code).id();
        Paging paging = Paging.of(commitments.countByPlan(planId), size, page);
        List<String> links = new ArrayList<>();
        if (paging.number() > 1) {
            links.add(link(paging.number() - 1, size, "prev"));
        }
        if (paging.number() < paging.pages()) {
            links.add(link(paging.number() + 1, size, "next"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(paging.total()));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(commitments.findByPlan(planId, paging));
    }

    private static String link(int page, int size, String rel) {
        return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString() + ">; rel=\"" + rel + "\"";
    }
}
