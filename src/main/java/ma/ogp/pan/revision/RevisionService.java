package ma.ogp.pan.revision;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.FicheValidator;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A revised (or detailed) fiche becomes the commitment's next version; the earlier ones are kept. */
@Service
@Transactional
public class RevisionService {

    private final CommitmentRepository commitments;
    private final ActionPlanRepository plans;

    RevisionService(CommitmentRepository commitments, ActionPlanRepository plans) {
        this.commitments = commitments;
        this.plans = plans;
    }

    /** Validates and stores the fiche as the next version, back under review; returns its number. */
    public int revise(long commitmentId, CommitmentVersion fiche) {
        return revise(commitmentId, fiche, CommitmentStatus.UNDER_REVIEW);
    }

    /** Validates and stores the fiche as the next version, with the status it then has; returns its number. */
    public int revise(long commitmentId, CommitmentVersion fiche, CommitmentStatus then) {
        Commitment commitment = commitments.getById(commitmentId);
        if (commitment.status() == CommitmentStatus.ADOPTED || commitment.status() == CommitmentStatus.NOT_RETAINED) {
            throw new FormInputException("title", commitment.reference() + " est figé par l'adoption du plan ("
                    + commitment.status().label().toLowerCase() + ", version " + commitment.currentVersionNo()
                    + ") : sa fiche ne peut plus être modifiée");
        }
        FicheValidator.validate(fiche, plans.getById(commitment.planId()));
        int next = commitment.currentVersionNo() + 1;
        commitments.addVersion(commitmentId, fiche.withNumber(next));
        commitments.updateStatus(commitmentId, then, null);
        return next;
    }
}
