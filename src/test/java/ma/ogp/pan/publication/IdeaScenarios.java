package ma.ogp.pan.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.Activity;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.UniqueCodes;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Ideas imported all or nothing with line-numbered refusals, entered one by one, and opened without e-mails. */
@PanIntegrationTest
abstract class IdeaScenarios {

    private static final String HEADER = "reference,title,description,organisation,theme,email,submitted_on,commitments\n";

    @Autowired IdeaService ideas;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @LocalServerPort int port;
    ActionPlan plan;

    @BeforeEach
    void aPlanWithTwoCommitments() {
        plan = plans.insert(new ActionPlan(null, UniqueCodes.of("ID"), "Plan des idées",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        for (int number : List.of(7, 9)) {
            commitments.create(plan.id(), plan.code() + "-%02d".formatted(number), number,
                    committee.findInstitutionByCode("MTNRA").orElseThrow().id(), CommitmentStatus.ACCEPTED,
                    new CommitmentVersion(1, "Engagement " + number, "Problème", "Solution", java.util.Set.of(OgpValue.TRANSPARENCY),
                            List.of(), List.of(new Activity("Activité", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30), null)),
                            List.of(), "kkhaldoun", java.time.OffsetDateTime.now()));
        }
    }

    @Test
    void aGoodFileIsImportedWithItsLinksQuotedNewlinesAndArabic() {
        String csv = HEADER
                + "I01,Données ouvertes,\"Deux lignes,\navec une virgule\",Association 4Chabab,Données,a@b.example.org,2024-01-15,"
                + plan.code() + "-07|" + plan.code() + "-09\n"
                + "I02,فتح البيانات ⵜⴰⵎⴰⵣⵉⵖⵜ,,Forum Sahara,Culture,,2024-01-20,\n";

        assertThat(ideas.importCsv(plan, csv, "oelmoustamide")).isEqualTo(2);

        List<Idea> stored = ideas.ofPlan(plan.id());
        assertThat(stored).extracting(Idea::reference).containsExactly("I01", "I02");
        assertThat(stored.get(0).description()).isEqualTo("Deux lignes,\navec une virgule");
        assertThat(stored.get(0).commitmentReferences()).containsExactly(plan.code() + "-07", plan.code() + "-09");
        assertThat(stored.get(1).title()).isEqualTo("فتح البيانات ⵜⴰⵎⴰⵣⵉⵖⵜ");
        assertThat(stored.get(1).commitmentReferences()).isEmpty();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithTheirLineNumbers() {
        String csv = HEADER
                + "I01,Bonne idée,,Association 4Chabab,Données,,2024-01-15," + plan.code() + "-07\n"
                + "I02,\"Titre\nsur deux lignes\",,Association,Thème,pas-un-courriel,2024-01-16,\n"
                + "I03,Sans organisation,,,Thème,,2024-01-17,\n"
                + "I01,Doublon,,Association,Thème,,15/01/2024,\n"
                + "I05,Engagement inconnu,,Association,Thème,,2024-01-18," + plan.code() + "-99\n";

        assertThatThrownBy(() -> ideas.importCsv(plan, csv, "oelmoustamide"))
                .isInstanceOfSatisfying(IdeaRefusal.class, refusal -> assertThat(refusal.errors()).containsExactly(
                        "ligne 3, colonne 6 (email) : courriel invalide « pas-un-courriel »",
                        "ligne 5, colonne 4 (organisation) : valeur manquante",
                        "ligne 6, colonne 1 (reference) : référence I01 déjà enregistrée",
                        "ligne 6, colonne 7 (submitted_on) : date illisible « 15/01/2024 » (AAAA-MM-JJ)",
                        "ligne 7, colonne 8 (commitments) : engagement inconnu " + plan.code() + "-99"));
        assertThat(ideas.ofPlan(plan.id())).isEmpty();

        assertThatThrownBy(() -> ideas.importCsv(plan, "ref,titre\nI01,x\n", "oelmoustamide"))
                .isInstanceOfSatisfying(IdeaRefusal.class, refusal -> assertThat(refusal.errors().get(0))
                        .startsWith("ligne 1, colonne 1 : en-tête « ref » au lieu de « reference »"));
    }

    @Test
    void theSecretariatEntersOneIdeaAndAnyoneDownloadsThemWithoutEmails() {
        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        String page = "/app/plans/" + plan.code() + "/idees";
        var refused = secretariat.submit(page, page, Map.of("reference", "I09", "title", "Sans thème",
                "organisation", "Association", "submitted_on", "2024-01-10"), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Rien n'a été enregistré", "Thème : valeur manquante");
        var created = secretariat.submit(page, page, Map.of("reference", "I09", "title", "Budget citoyen",
                "organisation", "Association", "theme", "Budget", "email", "auteur@example.org",
                "submitted_on", "2024-01-10", "commitments", plan.code() + "-07"), true);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Idée enregistrée.", "Budget citoyen");

        Http anonymous = new Http(port);
        String csv = anonymous.get("/donnees/" + plan.code() + "/idees.csv").body();
        assertThat(csv).isEqualTo("reference,title,description,organisation,theme,submitted_on,commitments\r\n"
                + "I09,Budget citoyen,,Association,Budget,2024-01-10," + plan.code() + "-07\r\n");
        assertThat(anonymous.get("/donnees/" + plan.code() + "/idees.json").body()).contains("Budget citoyen")
                .doesNotContain("@");
        assertThat(anonymous.get("/donnees/PAN9/idees.json").statusCode()).isEqualTo(404);
        assertThat(anonymous.getHtml(page).statusCode()).isEqualTo(302);
        assertThat(anonymous.getHtml(page, "hbennani", "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void theSecretariatUploadsAFileThroughThePage() {
        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        String page = "/app/plans/" + plan.code() + "/idees";
        String action = page + "/import";
        byte[] bad = (HEADER + "I01,Bonne idée,,Association,Thème,,2024-01-15,\n"
                + "I02,Idée,,Association,Thème,,2024-01-16," + plan.code() + "-99\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var refused = secretariat.postFile(action, "file", "idees.csv", bad, secretariat.csrfToken(page));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ligne 3, colonne 8 (commitments) : engagement inconnu " + plan.code() + "-99");
        assertThat(ideas.ofPlan(plan.id())).isEmpty();
        // Excel writes a byte-order mark
        byte[] good = ("\uFEFF" + HEADER + "I01,Bonne idée,,Association,Thème,,2024-01-15," + plan.code() + "-07\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var imported = secretariat.postFile(action, "file", "idees.csv", good, secretariat.csrfToken(page));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("1 idée(s) importée(s).");
        assertThat(secretariat.postFile(action, "file", "idees.csv", good, null).statusCode()).isEqualTo(403);
        assertThat(ideas.ofPlan(plan.id())).extracting(Idea::reference).containsExactly("I01");
    }

    @Test
    void theDemoHasItsIllustrativeIdeas() {
        long pan3 = plans.findByCode("PAN3").orElseThrow().id();
        assertThat(ideas.ofPlan(pan3)).hasSize(7).filteredOn(i -> i.commitmentReferences().isEmpty()).hasSize(2);
    }
}
