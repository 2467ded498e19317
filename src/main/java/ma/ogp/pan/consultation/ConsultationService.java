package ma.ogp.pan.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.web.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final CommentTargets targets;
    private final NotificationProperties settings;

    ConsultationService(ConsultationRepository consultations, PublicCommentRepository comments,
                        ActionPlanRepository plans, CommentRateLimiter rateLimiter, Clock clock,
                        NotificationProperties settings) {
        this.targets = new CommentTargets(reference -> {
            Consultation consultation = consultationOf(reference);
            return new CommentTarget(consultation, commitment(consultation, reference).id());
        }, clock);
        this.consultations = consultations;
        this.comments = comments;
        this.plans = plans;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.settings = settings;
    }

    /** Opens the plan's consultation on these commitments; it closes at the PUBLIC_CONSULTATION deadline. */
    public Consultation open(String planCode, OffsetDateTime opensAt, OffsetDateTime closesAt,
                             Collection<Long> commitmentIds) {
        ActionPlan plan = plans.getByCode(planCode);
        if (!plan.allows(opensAt.toLocalDate())) {
            throw new FormInputException("opensOn", "Ouverture : " + plan.outOfPeriod());
        }
        if (!plan.allows(closesAt.toLocalDate())) {
            throw new FormInputException("closesOn", "Clôture : " + plan.outOfPeriod());
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new FormInputException("closesOn", "La consultation doit se clore après son ouverture");
        }
        if (commitmentIds.isEmpty()) {
            throw new FormInputException("opensOn", "Aucun engagement retenu par le comité à soumettre à la consultation");
        }
        if (consultations.findByPlan(plan.id()).isPresent()) {
            throw new FormInputException("opensOn", "Le plan " + plan.code() + " a déjà sa consultation publique");
        }
        plans.insert(new Deadline(null, plan.id(), Deadline.PUBLIC_CONSULTATION, closesAt, closesAt));
        long id = consultations.insert(plan.id(), opensAt, commitmentIds);
        return new Consultation(id, plan.id(), opensAt, closesAt, null);
    }

    /**
     * Closes the consultation; each commitment's approved comments become its consolidated record, its summary
     * bounded (see {@link ConsolidatedSummary}).
     *
     * @return how many comments each commitment received and how many were approved
     */
    public List<Consolidation> consolidate(Consultation consultation) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        consultations.markClosed(consultation.id(), now);
        targets.clear();
        String openData = settings.baseUrl() + "/donnees/" + plans.getById(consultation.planId()).code()
                + "/commentaires.csv";
        return consultations.findCommitments(consultation.id()).stream().map(c -> {
            List<PublicComment> approved = comments.findApproved(c.id());
            int received = comments.countReceived(c.id());
            String summary = ConsolidatedSummary.of(approved, openData);
            consultations.insertConsolidation(consultation.id(), c.id(), received, approved.size(), summary, now);
            return new Consolidation(c, received, approved.size());
        }).toList();
    }

    /** The consolidated public comments of a commitment, or empty before its consultation closed. */
    @Transactional(readOnly = true)
    public String consolidatedSummary(long commitmentId) {
        return consultations.findConsolidationSummary(commitmentId).orElse("");
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> latest() {
        return consultations.findLatest();
    }

    @Transactional(readOnly = true)
    public boolean isOpen(Consultation consultation) {
        return consultation.isOpenAt(clock.instant());
    }

    public boolean isBeforeOpening(Consultation consultation) {
        return clock.instant().isBefore(consultation.opensAt().toInstant());
    }

    /** A page (from 1) of the consultation's commitments, optionally those of one institution and/or one OGP value. */
    @Transactional(readOnly = true)
    public CommitmentListPage commitments(Consultation consultation, String institution, OgpValue value, int page) {
        String lead = institution == null || institution.isBlank() ? null : institution;
        Paging paging = Paging.of(consultations.countCommitments(consultation.id(), lead, value),
                CommitmentListPage.SIZE, page);
        return new CommitmentListPage(consultations.findCommitments(consultation.id(), lead, value, paging), paging);
    }

    /** The lead institutions of the consultation's commitments (code and name), for its filter. */
    @Transactional(readOnly = true)
    public List<LeadInstitution> leadInstitutions(Consultation consultation) {
        return consultations.findLeadInstitutions(consultation.id());
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

    /** A page (from 1) of a commitment's approved comments; a page out of range shows the nearest one. */
    @Transactional(readOnly = true)
    public CommentPage approved(long commitmentId, int page) {
        Paging paging = Paging.of(comments.countApproved(commitmentId), CommentPage.SIZE, page);
        return new CommentPage(comments.findApproved(commitmentId, paging.offset(), CommentPage.SIZE),
                paging.number(), paging.pages(), paging.total());
    }

    /**
     * Stores a visitor's comment, PENDING until moderated. Refuses, with the status the visitor sees: a closed or
     * unknown consultation or commitment, a filled honeypot, an over-long text, too many comments from one address.
     * A resend of a stored post (same one-time key) stores nothing and gets the stored comment's id.
     * No transaction of its own: the single INSERT commits by itself, which spares the hot path of the consultation
     * the BEGIN and COMMIT round trips (from about 2,900 to 4,000 comments/s in the benchmark).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long comment(String reference, CommentForm form, String language, String address) {
        CommentTarget target = targets.get(reference);
        if (!target.consultation().isOpenAt(clock.instant())) {
            throw new ConsultationRefusal(HttpStatus.CONFLICT,
                    isBeforeOpening(target.consultation()) ? "consultation.notyet" : "consultation.closed");
        }
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            throw new ConsultationRefusal(HttpStatus.BAD_REQUEST, "comment.refused");
        }
        if (form.getBody() != null && CommentText.characters(form.getBody()) > CommentForm.MAX_BODY) {
            throw new ConsultationRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "comment.body.size");
        }
        if (!rateLimiter.tryAcquire(address)) {
            // a resend of a comment already stored is confirmed again, not limited
            return comments.findBySubmissionKey(form.getSubmissionKey())
                    .orElseThrow(() -> new ConsultationRefusal(HttpStatus.TOO_MANY_REQUESTS, "comment.rate"));
        }
        try {
            return comments.insert(target.consultation().id(), target.commitmentId(), form, language,
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException resent) {
            // the same form sent again (its first answer was lost): stored once, confirmed again
            return comments.findBySubmissionKey(form.getSubmissionKey()).orElseThrow(() -> resent);
        }
    }

    @Transactional(readOnly = true)
    public List<PublicComment> pending(Consultation consultation, ModerationFilter filter, int offset, int limit) {
        return comments.findPending(consultation.id(), filter, settings.timeZone(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPending(Consultation consultation, ModerationFilter filter) {
        return comments.countPending(consultation.id(), filter, settings.timeZone());
    }

    /** The moderation filter read from the page's fields, its dates within the consultation's plan. */
    @Transactional(readOnly = true)
    public ModerationFilter filter(Consultation consultation, String commitment, String from, String to,
                                   String language) {
        return ModerationFilter.read(commitment, from, to, language, plans.getById(consultation.planId()));
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

    /** Approves or rejects every pending comment the filter selects, in one statement. */
    public int moderate(Consultation consultation, ModerationFilter filter, boolean approve, RejectionReason reason,
                        String by) {
        if (!approve && reason == null) {
            throw new ConsultationRefusal(HttpStatus.BAD_REQUEST, "moderation.reason.required");
        }
        return comments.moderate(consultation.id(), filter, settings.timeZone(),
                approve ? CommentStatus.APPROVED : CommentStatus.REJECTED, approve ? null : reason, by,
                OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> ofPlanId(long planId) {
        return consultations.findByPlan(planId);
    }

    /** What each commitment received, once consolidated. */
    @Transactional(readOnly = true)
    public List<Consolidation> consolidations(Consultation consultation) {
        return consultations.findConsolidations(consultation.id());
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> ofPlan(String planCode) {
        return consultations.findByPlan(plans.getByCode(planCode).id());
    }
}
