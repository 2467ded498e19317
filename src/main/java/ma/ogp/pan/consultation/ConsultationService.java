package ma.ogp.pan.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public consultation: its window, the commitments under it, and citizens' comments with their moderation. */
@Service
@Transactional
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final PublicCommentRepository comments;
    private final ActionPlanRepository plans;
    private final CommentRateLimiter rateLimiter;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, PublicCommentRepository comments,
                        ActionPlanRepository plans, CommentRateLimiter rateLimiter, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.plans = plans;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    public Consultation open(String planCode, OffsetDateTime opensAt, OffsetDateTime closesAt,
                             Collection<Long> commitmentIds) {
        ActionPlan plan = plans.getByCode(planCode);
        long id = consultations.insert(new Consultation(null, plan.id(), opensAt, closesAt), commitmentIds);
        return new Consultation(id, plan.id(), opensAt, closesAt);
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> latest() {
        return consultations.findLatest();
    }

    @Transactional(readOnly = true)
    public boolean isOpen(Consultation consultation) {
        return consultation.isOpenAt(clock.instant());
    }

    /** The consultation's commitments, optionally those of one institution and/or serving one OGP value. */
    @Transactional(readOnly = true)
    public List<ConsultedCommitment> commitments(Consultation consultation, String institution, OgpValue value) {
        return consultations.findCommitments(consultation.id()).stream()
                .filter(c -> institution == null || institution.isBlank() || c.leadInstitutionCode().equals(institution))
                .filter(c -> value == null || c.ogpValues().contains(value))
                .toList();
    }

    /** The consultation a commitment is under, or a 404 for a commitment not under any. */
    @Transactional(readOnly = true)
    public Consultation consultationOf(String reference) {
        return consultations.findByCommitmentReference(reference)
                .orElseThrow(() -> new ConsultationRefusal(HttpStatus.NOT_FOUND, "consultation.commitment.unknown"));
    }

    @Transactional(readOnly = true)
    public ConsultedCommitment commitment(Consultation consultation, String reference) {
        return consultations.findCommitment(consultation.id(), reference)
                .orElseThrow(() -> new ConsultationRefusal(HttpStatus.NOT_FOUND, "consultation.commitment.unknown"));
    }

    @Transactional(readOnly = true)
    public List<PublicComment> approved(long commitmentId) {
        return comments.findApproved(commitmentId);
    }

    /**
     * Stores a visitor's comment, PENDING until moderated. Refuses, with the status the visitor sees: a closed or
     * unknown consultation or commitment, a filled honeypot, an over-long text, too many comments from one address.
     */
    public long comment(String reference, CommentForm form, String language, String address) {
        Consultation consultation = consultationOf(reference);
        ConsultedCommitment commitment = commitment(consultation, reference);
        if (!isOpen(consultation)) {
            throw new ConsultationRefusal(HttpStatus.CONFLICT, "consultation.closed");
        }
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            throw new ConsultationRefusal(HttpStatus.BAD_REQUEST, "comment.refused");
        }
        if (form.getBody() != null && form.getBody().length() > CommentForm.MAX_BODY) {
            throw new ConsultationRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "comment.body.size");
        }
        if (!rateLimiter.tryAcquire(address)) {
            throw new ConsultationRefusal(HttpStatus.TOO_MANY_REQUESTS, "comment.rate");
        }
        return comments.insert(consultation.id(), commitment.id(), form, language,
                OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public List<PublicComment> pending(Consultation consultation) {
        return comments.findByStatus(consultation.id(), CommentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public List<PublicComment> approvedOf(Consultation consultation) {
        return comments.findByStatus(consultation.id(), CommentStatus.APPROVED);
    }

    /** Approves or rejects many comments at once; only pending ones change. A rejection needs its reason. */
    public int moderate(Collection<Long> ids, boolean approve, RejectionReason reason, String by) {
        if (!approve && reason == null) {
            throw new ConsultationRefusal(HttpStatus.BAD_REQUEST, "moderation.reason.required");
        }
        return comments.moderate(ids, approve ? CommentStatus.APPROVED : CommentStatus.REJECTED,
                approve ? null : reason, by, OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> ofPlan(String planCode) {
        return consultations.findByPlan(plans.getByCode(planCode).id());
    }
}
