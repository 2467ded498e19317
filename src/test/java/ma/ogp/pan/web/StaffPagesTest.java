package ma.ogp.pan.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.UniqueCodes;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff pages speak as their readers do: deadlines and submissions in Casablanca's time (the database holds
 * UTC: a deadline at 23:59 there is 22:59 UTC in February 2024), labels rather than codes, people by name.
 */
@PanIntegrationTest
class StaffPagesTest {

    /** 23:59 in Casablanca (UTC+1 before Ramadan 2024). */
    static final OffsetDateTime DUE = OffsetDateTime.parse("2024-02-26T22:59Z");
    /** 00:30 on 20 February in Casablanca, still the 19th in UTC. */
    static final OffsetDateTime PREVIOUS_DUE = OffsetDateTime.parse("2024-02-19T23:30Z");
    static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2024-02-26T22:30Z");

    @LocalServerPort int port;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitmentRepository commitments;
    @Autowired CommitteeRepository committee;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;
    ActionPlan plan;
    String reference;
    Visitor secretary;

    @BeforeEach
    void planWithADeadlineExtendedAndACommitment() {
        plan = plans.insert(new ActionPlan(null, UniqueCodes.of("ST"), "Plan en heure de Casablanca",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        Deadline review = plans.insert(new Deadline(null, plan.id(), Deadline.REVIEW_COMMENTS, DUE, PREVIOUS_DUE));
        plans.extend(new DeadlineExtension(review.id(), PREVIOUS_DUE, DUE, "Décision du comité du 22 février 2024",
                "oelmoustamide", SUBMITTED));
        reference = plan.code() + "-01";
        long msisf = committee.findInstitutionByCode("MSISF").orElseThrow().id();
        long commitment = commitments.create(plan.id(), reference, 1, msisf, CommitmentStatus.ACCEPTED,
                new CommitmentVersion(1, "Données ouvertes", "Problème", "Solution", Set.of(OgpValue.TRANSPARENCY),
                        List.of(), List.of(new Activity("Atelier", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31),
                        "Compte rendu")), List.of("Ateliers tenus"), "aameziane", SUBMITTED));
        consultations.open(plan.code(), OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusDays(7),
                List.of(commitment));
        secretary = new Visitor(port).loggedInAs("oelmoustamide", "demo");
    }

    @Test
    void thePlanPageShowsDeadlinesInCasablancaTimeWithTheirLabelAndWhoExtendedThemByName() {
        String page = secretary.get("/app/plans/" + plan.code()).body();

        assertThat(page).contains("Remarques du comité sur les engagements proposés", "26/02/2024 23:59",
                "prolongé du", "20/02/2024", "Mme Ouiame EL MOUSTAMIDE", "Décision du comité du 22 février 2024")
                .doesNotContain("22:59", "REVIEW_COMMENTS", "19/02/2024", "oelmoustamide :");
    }

    @Test
    void theVersionsOfAFicheAreDatedInCasablancaTime() {
        String base = "/app/plans/" + plan.code() + "/engagements/" + reference + "/versions";

        assertThat(secretary.get(base).body()).contains("26/02/2024 23:30").doesNotContain("26/02/2024 22:30");
        assertThat(secretary.get(base + "/1").body()).contains("26/02/2024 23:30").doesNotContain("26/02/2024 22:30");
    }

    @Test
    void theModerationPageDatesCommentsInCasablancaTime() {
        jdbc.sql("""
                INSERT INTO pan_public_comment (consultation_id, commitment_id, body, language, status, submitted_at)
                SELECT consultation_id, commitment_id, 'Avis tardif', 'fr', 'PENDING', ? FROM pan_consultation_commitment
                WHERE commitment_id = (SELECT id FROM pan_commitment WHERE reference = ?)""")
                .params(SUBMITTED, reference).update();

        assertThat(secretary.get("/app/consultation/moderation?engagement=" + reference).body())
                .contains("Avis tardif", "26/02/2024 23:30", "<td lang=\"fr\">Français</td>").doesNotContain("22:30");
    }
}
