package ma.ogp.pan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** A revision adds a version of the fiche; the earlier versions stay exactly as they were. */
@PanIntegrationTest
class CommitmentVersionsTest {

    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;

    @Test
    void aRevisionAddsAVersionAndKeepsTheFirst() {
        ActionPlan plan = plans.insert(new ActionPlan(null, "TEST-V", "Versions", LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 31)));
        long lead = committee.findInstitutionByCode("ADD").orElseThrow().id();
        CommitmentVersion first = version(1, "Données ouvertes", Set.of(OgpValue.TRANSPARENCY));
        long id = commitments.create(plan.id(), "TEST-V-01", 1, lead, CommitmentStatus.SUBMITTED, first);

        commitments.addVersion(id, version(2, "Données ouvertes et réutilisation",
                Set.of(OgpValue.TRANSPARENCY, OgpValue.CIVIC_PARTICIPATION)));

        assertThat(commitments.findByReference("TEST-V-01").orElseThrow())
                .extracting(Commitment::title, Commitment::currentVersionNo)
                .containsExactly("Données ouvertes et réutilisation", 2);
        CommitmentVersion kept = commitments.findVersion(id, 1).orElseThrow();
        assertThat(kept.title()).isEqualTo("Données ouvertes");
        assertThat(kept.ogpValues()).containsExactly(OgpValue.TRANSPARENCY);
        assertThat(kept.activities()).isEqualTo(first.activities());
        // a version number is never reused
        assertThatThrownBy(() -> commitments.addVersion(id, version(2, "Écrasement", Set.of(OgpValue.TRANSPARENCY))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static CommitmentVersion version(int no, String title, Set<OgpValue> values) {
        return new CommitmentVersion(no, title, "Problème " + no, "Solution " + no, values, List.of("MTNRA"),
                List.of(new Activity("Publier le jeu de données", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 31),
                        "Portail mis à jour")),
                List.of("Nombre de jeux publiés"), "nlasfar", OffsetDateTime.parse("2024-03-01T10:00:00+01:00"));
    }
}
