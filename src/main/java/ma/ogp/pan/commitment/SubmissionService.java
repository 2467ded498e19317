package ma.ogp.pan.commitment;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Person;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A focal point submits a new fiche: it becomes commitment number n+1 of the newest plan in which they are a focal
 * point, led by their institution, after the same validation as every revision.
 */
@Service
@Transactional
public class SubmissionService {

    private final CommitmentRepository commitments;
    private final CommitteeRepository committee;
    private final ActionPlanRepository plans;

    SubmissionService(CommitmentRepository commitments, CommitteeRepository committee, ActionPlanRepository plans) {
        this.commitments = commitments;
        this.committee = committee;
        this.plans = plans;
    }

    public Commitment submit(String focalPoint, CommitmentVersion fiche) {
        Person person = committee.findPersonByLogin(focalPoint).orElseThrow(() ->
                new FormInputException("title", "Seul le point focal d'une institution peut soumettre une fiche"));
        long planId = committee.findNewestPlanWithRole(focalPoint, PlanRole.FOCAL_POINT).orElseThrow(() ->
                new FormInputException("title", focalPoint + " n'est point focal d'aucun plan d'action"));
        ActionPlan plan = plans.getById(planId);
        FicheValidator.validate(fiche, plan);
        int number = commitments.nextNumber(planId);
        long id = commitments.create(planId, "%s-%02d".formatted(plan.code(), number), number, person.institutionId(),
                CommitmentStatus.UNDER_REVIEW, fiche.withNumber(1));
        return commitments.getById(id);
    }
}
