package ma.ogp.pan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Every version of a fiche for staff, and for the public once the plan is adopted and published; H2 and PostgreSQL. */
@PanIntegrationTest
abstract class CommitmentVersionPagesScenarios {

    static final String[] STAFF = {"hbennani", "demo"};

    @LocalServerPort int port;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired CommitmentVersions versions;
    @Autowired JdbcClient jdbc;
    Http http;
    ActionPlan plan;
    String adopted;
    String draft;

    @BeforeEach
    void aPlanWithARevisedCommitment() {
        http = new Http(port);
        plan = plans.insert(new ActionPlan(null, "VR" + System.nanoTime() % 100_000, "Plan des versions",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        long lead = committee.findInstitutionByCode("MSISF").orElseThrow().id();
        adopted = plan.code() + "-01";
        draft = plan.code() + "-02";
        long id = commitments.create(plan.id(), adopted, 1, lead, CommitmentStatus.SUBMITTED,
                fiche(1, "Renforcement de la liberté de presse", Set.of(OgpValue.TRANSPARENCY), List.of("ADD"),
                        List.of(activity("Atelier de lancement"))));
        commitments.addVersion(id, fiche(2, "Consultation publique sur le code de la presse",
                Set.of(OgpValue.TRANSPARENCY, OgpValue.CIVIC_PARTICIPATION), List.of("ADD"),
                List.of(activity("Atelier de lancement"), activity("Consultation en ligne"))));
        commitments.create(plan.id(), draft, 2, lead, CommitmentStatus.SUBMITTED,
                fiche(1, "Engagement non retenu", Set.of(OgpValue.TRANSPARENCY), List.of(), List.of()));
    }

    @Test
    void aComparisonShowsExactlyTheChangedFields() {
        Commitment commitment = versions.commitment(plan.id(), adopted);
        assertThat(versions.compare(commitment, "1", "2").changed()).extracting(FieldChange::field)
                .containsExactly("title", "activities", "ogpValues");
        FieldChange title = versions.compare(commitment, "1", "2").changed().get(0);
        assertThat(title.pieces()).extracting(FieldChange.Piece::kind, FieldChange.Piece::text).containsExactly(
                tuple(FieldChange.Kind.REMOVED, "Renforcement"),
                tuple(FieldChange.Kind.ADDED, "Consultation publique sur le code"),
                tuple(FieldChange.Kind.SAME, "de la"), tuple(FieldChange.Kind.REMOVED, "liberté de"),
                tuple(FieldChange.Kind.SAME, "presse"));
        assertThat(versions.compare(commitment, "2", "2").changed()).isEmpty();

        String page = text(http.get(staffBase() + "/comparer?de=1&a=2", STAFF));
        assertThat(page).contains("Champs modifiés : Titre, Activités (jalons) avec calendrier, Valeurs OGP.")
                .containsSubsequence("<del>", "Renforcement", "</del>", "<ins>", "Consultation publique sur le code",
                        "</ins>", "de la", "<del>", "liberté de", "</del>", "presse")
                .containsSubsequence("<ins>", "Ajouté : ", "Consultation en ligne (01/09/2024 – 31/12/2024)", "</ins>")
                .containsSubsequence("<ins>", "Participation citoyenne", "</ins>")
                .containsSubsequence("Problématique", "Inchangé.");
    }

    @Test
    void staffReadEveryVersionAndGetAFrenchRefusalForABadAddress() {
        assertThat(text(http.get("/app/plans/" + plan.code(), STAFF))).contains(staffBase());
        String list = text(http.get(staffBase(), STAFF));
        assertThat(list).contains("Versions de la fiche " + adopted, staffBase() + "/1", staffBase() + "/2",
                "Renforcement de la liberté de presse", "Consultation publique sur le code de la presse");
        assertThat(text(http.get(staffBase() + "/1", STAFF))).contains(adopted + " – version 1",
                "Renforcement de la liberté de presse", "Agence de Développement Digitale", "Atelier de lancement")
                .doesNotContain("Consultation en ligne");

        assertRefused(http.get(staffBase() + "/3", STAFF), 404, "n'a pas de version 3");
        assertRefused(http.get("/app/plans/" + plan.code() + "/engagements/NOPE-01/versions", STAFF), 404,
                "Aucun engagement « NOPE-01 » dans ce plan.");
        assertRefused(http.get("/app/plans/NOPE/engagements/" + adopted + "/versions", STAFF), 404,
                "Aucun plan d'action « NOPE »");
        for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999")) {
            assertRefused(http.get(staffBase() + "/" + bad, STAFF), 400, "Numéro de version invalide");
        }
        assertRefused(http.get(staffBase() + "/comparer?de=1", STAFF), 400, "Numéro de version invalide : aucun");
        assertRefused(http.get(staffBase() + "/comparer?de=1&a=7", STAFF), 404, "n'a pas de version 7");
        assertThat(http.get(staffBase()).statusCode()).as("staff pages need a login").isIn(302, 401);
    }

    @Test
    void thePublicReadsTheAdoptedCommitmentsVersionsOnlyOncePublished() {
        String base = publicBase(adopted);
        for (String path : List.of(base, base + "/1", base + "/comparer?de=1&a=2")) {
            assertRefused(http.get(path), 404, "n'est pas publié");
        }
        adoptAndPublish();

        assertThat(text(http.get(base))).contains("Versions de la fiche " + adopted, base + "/2");
        assertThat(text(http.get(base + "/2"))).contains("Consultation publique sur le code de la presse",
                "Consultation en ligne");
        assertThat(text(http.get(base + "/comparer?de=1&a=2"))).contains("Champs modifiés : Titre");
        assertThat(text(http.get("/plan?plan=" + plan.code()))).contains(base);
        assertRefused(http.get(publicBase(draft)), 404, "ne fait pas partie du plan adopté");
        assertRefused(http.get(publicBase(draft) + "/1"), 404, "ne fait pas partie du plan adopté");
        assertRefused(http.get(base + "/x"), 400, "Numéro de version invalide");
        assertRefused(http.get(base + "/9"), 404, "n'a pas de version 9");
    }

    /** What the adoption and the publication of the reasoned responses leave, written directly: not under test here. */
    private void adoptAndPublish() {
        long id = commitments.findByReference(adopted).orElseThrow().id();
        jdbc.sql("INSERT INTO pan_adoption (plan_id, adopted_by, adopted_at) VALUES (?, 'oelmoustamide', ?)")
                .params(plan.id(), OffsetDateTime.now()).update();
        jdbc.sql("INSERT INTO pan_adopted_commitment (plan_id, commitment_id, version_id, position) VALUES (?, ?, ?, 1)")
                .params(plan.id(), id, commitments.versionId(id, 2)).update();
        jdbc.sql("INSERT INTO pan_publication (plan_id, published_by, published_at) VALUES (?, 'oelmoustamide', ?)")
                .params(plan.id(), OffsetDateTime.now()).update();
    }

    private String staffBase() {
        return "/app/plans/" + plan.code() + "/engagements/" + adopted + "/versions";
    }

    private String publicBase(String reference) {
        return "/plan/" + plan.code() + "/engagements/" + reference + "/versions";
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(text(response)).contains(message);
    }

    private static String text(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isLessThan(500);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private static Activity activity(String title) {
        return new Activity(title, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31), null);
    }

    private static CommitmentVersion fiche(int number, String title, Set<OgpValue> values, List<String> partners,
                                           List<Activity> activities) {
        return new CommitmentVersion(number, title, "Problème inchangé", "Solution inchangée", values, partners,
                activities, List.of("Nombre de contributions"), "aameziane", OffsetDateTime.now());
    }
}
