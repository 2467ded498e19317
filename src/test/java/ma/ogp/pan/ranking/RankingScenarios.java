package ma.ogp.pan.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.commitment.Activity;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.UniqueCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** Assessments aggregate into a ranking through the deployed decision table; on H2 and PostgreSQL. */
@PanIntegrationTest
abstract class RankingScenarios {

    static final Set<OgpValue> T = Set.of(OgpValue.TRANSPARENCY);
    static final Set<OgpValue> TP = Set.of(OgpValue.TRANSPARENCY, OgpValue.CIVIC_PARTICIPATION);
    static final Set<OgpValue> TPA = Set.of(OgpValue.TRANSPARENCY, OgpValue.CIVIC_PARTICIPATION,
            OgpValue.PUBLIC_ACCOUNTABILITY);

    @Autowired RankingService ranking;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;

    @Test
    void commitmentsAreRankedByTransformationalImpactThenRelevanceThenCivilSociety() {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("RK"), "Plan classé",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        long openData = commitment(plan, 7);
        long lawOnAccess = commitment(plan, 6);
        long guide = commitment(plan, 4);
        long volunteering = commitment(plan, 8);
        long unassessed = commitment(plan, 16);

        // open data: median MODERATE, 3 values judged relevant by a majority, civil society says TRANSFORMATIVE
        assess(openData, "aameziane", false, true, TPA, ImpactLevel.MODERATE);
        assess(openData, "nlasfar", false, true, TPA, ImpactLevel.MINOR);
        assess(openData, "hbennani", true, true, TP, ImpactLevel.TRANSFORMATIVE);
        // access-to-information law: median TRANSFORMATIVE
        assess(lawOnAccess, "aameziane", false, true, T, ImpactLevel.TRANSFORMATIVE);
        assess(lawOnAccess, "nlasfar", false, true, T, ImpactLevel.MODERATE);
        assess(lawOnAccess, "hbennani", true, true, TP, ImpactLevel.TRANSFORMATIVE);
        // the guide: judged not verifiable by a majority, whatever its impact
        assess(guide, "aameziane", false, false, T, ImpactLevel.TRANSFORMATIVE);
        assess(guide, "nlasfar", false, false, T, ImpactLevel.TRANSFORMATIVE);
        assess(guide, "hbennani", true, true, T, ImpactLevel.MODERATE);
        // volunteering: same median and relevance as open data, civil society less convinced
        assess(volunteering, "aameziane", false, true, TPA, ImpactLevel.MODERATE);
        assess(volunteering, "nlasfar", false, true, TPA, ImpactLevel.MODERATE);
        assess(volunteering, "hbennani", true, true, TPA, ImpactLevel.MINOR);

        List<RankingEntry> ranked = ranking.rank(plan.id(), List.of(guide, unassessed, volunteering, openData, lawOnAccess));

        assertThat(ranked).extracting(RankingEntry::commitmentId)
                .containsExactly(lawOnAccess, openData, volunteering, guide, unassessed);
        assertThat(ranked).extracting(RankingEntry::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranked.get(0)).extracting(RankingEntry::category, RankingEntry::medianImpact, RankingEntry::retained)
                .containsExactly("TRANSFORMATIVE", ImpactLevel.TRANSFORMATIVE, true);
        assertThat(ranked.get(1)).extracting(RankingEntry::relevanceCount, RankingEntry::civilSocietyScore)
                .containsExactly(3, 3.0);
        assertThat(ranked.get(3)).extracting(RankingEntry::category, RankingEntry::retained)
                .containsExactly("NOT_VERIFIABLE", false);
        assertThat(ranked.get(4)).extracting(RankingEntry::category, RankingEntry::assessments)
                .containsExactly("NOT_ASSESSED", 0);
    }

    @Test
    void anAssessmentNeedsItsImpactAndJustificationAndCountsOncePerMember() {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("RK"), "Plan classé",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        long id = commitment(plan, 1);
        assertThatThrownBy(() -> ranking.assess(new ImpactAssessment(id, "hbennani", true, true, T, null, "x")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("(impact)");
        assertThatThrownBy(() -> ranking.assess(new ImpactAssessment(id, "hbennani", true, true, T,
                ImpactLevel.MINOR, " "))).isInstanceOf(FormInputException.class).hasMessageContaining("(justification)");
        assess(id, "hbennani", true, true, T, ImpactLevel.MINOR);
        assertThatThrownBy(() -> assess(id, "hbennani", true, true, T, ImpactLevel.MODERATE))
                .isInstanceOf(DuplicateKeyException.class);
    }

    private void assess(long commitmentId, String member, boolean civilSociety, boolean verifiable,
                        Set<OgpValue> relevant, ImpactLevel impact) {
        ranking.assess(new ImpactAssessment(commitmentId, member, civilSociety, verifiable, relevant, impact,
                "Évaluation de démonstration"));
    }

    private long commitment(ActionPlan plan, int number) {
        long lead = committee.findInstitutionByCode("MTNRA").orElseThrow().id();
        return commitments.create(plan.id(), plan.code() + "-%02d".formatted(number), number, lead,
                CommitmentStatus.ACCEPTED, new CommitmentVersion(1, "Engagement " + number, "Problème", "Solution",
                        T, List.of(), List.of(new Activity("Activité", LocalDate.of(2024, 9, 1),
                        LocalDate.of(2025, 6, 30), "Livrable")), List.of("Indicateur"), "kkhaldoun",
                        OffsetDateTime.now()));
    }
}
