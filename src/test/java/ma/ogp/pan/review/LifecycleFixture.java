package ma.ogp.pan.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ma.ogp.pan.commitment.Activity;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;

/**
 * A plan of its own for each test, with demo people as its committee, so tests never share state; the minutes' tests
 * use it too.
 */
public final class LifecycleFixture {

    public static final String GOVERNMENT_MEMBER = "aameziane";
    public static final List<String> CIVIL_SOCIETY_MEMBERS = List.of("hbennani", "ssallahi");
    public static final String SECRETARY = "oelmoustamide";
    /** Due dates ahead of the real clock, so no timer is due unless a test runs it. */
    static final OffsetDateTime REVIEW_DUE = OffsetDateTime.now().plusDays(10).withNano(0);
    static final OffsetDateTime REVISION_DUE = OffsetDateTime.now().plusDays(20).withNano(0);
    private static final AtomicInteger PLANS = new AtomicInteger();

    private final ActionPlanRepository plans;
    private final CommitteeRepository committee;
    private final CommitmentRepository commitments;
    public final ActionPlan plan;

    public LifecycleFixture(ActionPlanRepository plans, CommitteeRepository committee, CommitmentRepository commitments) {
        this.plans = plans;
        this.committee = committee;
        this.commitments = commitments;
        this.plan = plans.insert(new ActionPlan(null, "LC" + System.nanoTime() % 100000 + PLANS.incrementAndGet(),
                "Plan de test", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        assign(GOVERNMENT_MEMBER, PlanRole.COMMITTEE_GOVERNMENT);
        CIVIL_SOCIETY_MEMBERS.forEach(login -> assign(login, PlanRole.COMMITTEE_CIVIL_SOCIETY));
        assign(SECRETARY, PlanRole.SECRETARIAT);
        plans.insert(new Deadline(null, plan.id(), Deadline.REVIEW_COMMENTS, REVIEW_DUE, REVIEW_DUE));
        plans.insert(new Deadline(null, plan.id(), Deadline.REVISION, REVISION_DUE, REVISION_DUE));
    }

    /** A submitted commitment of MSISF, numbered {@code number}. */
    public long commitment(int number, String title) {
        long msisf = committee.findInstitutionByCode("MSISF").orElseThrow().id();
        return commitments.create(plan.id(), plan.code() + "-%02d".formatted(number), number, msisf,
                CommitmentStatus.UNDER_REVIEW, new CommitmentVersion(1, title, "Problème initial", "Solution initiale",
                        Set.of(OgpValue.TRANSPARENCY), List.of(), List.of(new Activity("Atelier de lancement",
                        LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31), "Compte rendu")),
                        List.of("Nombre d'ateliers"), "aameziane", OffsetDateTime.now()));
    }

    public String reference(long commitmentId) {
        return commitments.getById(commitmentId).reference();
    }

    void assign(String login, PlanRole role) {
        committee.assignRole(plan.id(), committee.findPersonByLogin(login).orElseThrow().id(), role);
    }
}
