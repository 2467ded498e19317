package ma.ogp.pan.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.consultation.CommentForm;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Phase;
import ma.ogp.pan.plan.PlanPhase;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.PdfContent;
import ma.ogp.pan.support.UniqueCodes;
import ma.ogp.pan.support.Visitor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public synthesis report, its PDF and open data, and the secretariat's OGP compliance view, over real HTTP;
 * on the PAN3 demo and on a small plan of its own whose drafts reached every outcome. On H2 and PostgreSQL.
 */
@PanIntegrationTest
abstract class SynthesisReportScenarios {

    private static final Pattern DRAFT_ROW = Pattern.compile("<td class=\"ref\">PAN3-\\d\\d</td>");

    @LocalServerPort int port;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired ConsultationService consultations;
    @Autowired ReasonedResponseService responses;
    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorWithoutAccountReadsTheReportOfPan3WithItsCalendarMeetingAndCharts() {
        HttpResponse<String> page = new Visitor(port).get("/rapport?plan=PAN3");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(DRAFT_ROW.matcher(page.body()).results().count()).isEqualTo(22);
        assertThat(page.body()).contains("Rapport synthétique sur la co-création", "Troisième Plan d&#39;Action",
                "Appel à engagements", "15/01/2024", "échéance fixée au 23/02/2024", "prolongé du 23/02/2024 au 26/02/2024",
                "jusqu&#39;au lundi 26 février 2024", "22/02/2024", "Réunion à distance",
                "<td class=\"n\">15</td>", "<td class=\"n\">5</td>", "<td class=\"n\">1</td>", "<td class=\"n\">7</td>",
                "/rapport.pdf?plan=PAN3", "/donnees/PAN3/rapport.json", "/donnees/PAN3/engagements.csv");
        assertThat(page.body().split("src=\"data:image/png;base64,", -1)).hasSize(5);
        assertThat(page.body()).contains("alt=\"Projets d&#39;engagements par institution porteuse : ",
                "alt=\"Calendrier de la co-création : Appel à engagements du 15/01/2024 au 21/02/2024",
                "prolongé au 26/02/2024", "Transparence ");
        assertThat(new Visitor(port).get("/rapport").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenDataOfPan3GivesTheMeetingsAttendanceByConstituencyAndThe22Drafts() throws IOException {
        JsonNode report = new ObjectMapper().readTree(new Visitor(port).get("/donnees/PAN3/rapport.json").body());

        assertThat(report.get("meetings").toString()).contains("\"held_on\":\"2024-02-22\"", "\"government\":15",
                "\"civil_society\":5", "\"international\":1", "\"absent_organisations\":7");
        assertThat(report.get("figures").get("drafts").asInt()).isEqualTo(22);
        assertThat(report.get("drafts")).hasSize(22);
        assertThat(report.get("deadlines").get(0).toString()).contains("\"initial_due_on\":\"2024-02-23\"",
                "\"due_on\":\"2024-02-26\"", "\"new_due_on\":\"2024-02-26\"");
    }

    @Test
    void aPlanOfManyDraftsIsReportedFiftyAPageWithItsChartsCountingThemAllAndItsCsvStreamed() throws IOException {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("RM"), "Plan de 120 projets",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        for (int n = 1; n <= 120; n++) {
            draft(plan, n, n % 3 == 0 ? "MSISF" : "MTNRA", "Projet numéro " + n,
                    n % 2 == 0 ? OgpValue.TRANSPARENCY : OgpValue.PUBLIC_ACCOUNTABILITY);
        }
        String code = plan.code();
        Visitor visitor = new Visitor(port);
        Pattern row = Pattern.compile("<td class=\"ref\">" + code + "-(\\d+)</td>");

        String first = visitor.get("/rapport?plan=" + code).body();
        assertThat(row.matcher(first).results().map(m -> m.group(1))).hasSize(50).startsWith("01").endsWith("50");
        assertThat(first).contains("120 projet(s) d&#39;engagement, page 1 sur 3", "rel=\"next\"",
                        "/rapport?plan=" + code + "&amp;page=2#projets", "<td class=\"n\">120</td>",
                        "par institution porteuse : MTNRA 80, MSISF 40", "par valeur OGP : Transparence 60")
                .doesNotContain("rel=\"prev\"");
        String last = visitor.get("/rapport?plan=" + code + "&page=3").body();
        assertThat(row.matcher(last).results().map(m -> m.group(1))).hasSize(20).startsWith("101").endsWith("120");
        assertThat(last).contains("page 3 sur 3", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        // out of range: the nearest page
        assertThat(visitor.get("/rapport?plan=" + code + "&page=99").body()).contains("page 3 sur 3");
        assertThat(visitor.get("/rapport?plan=" + code + "&page=-1").body()).contains("page 1 sur 3");
        for (String bad : List.of("abc", "1e3", "99999999999")) {
            HttpResponse<String> refused = visitor.get("/rapport?plan=" + code + "&page=" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("Numéro de page non valide").doesNotContain("Exception");
        }

        HttpResponse<String> csv = visitor.get("/donnees/" + code + "/engagements.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        // written as read, not built whole: no length announced
        assertThat(csv.headers().firstValue("Content-Length")).isEmpty();
        assertThat(csv.body().lines()).hasSize(121).element(120).asString()
                .startsWith(code + "-120,Projet numéro 120,\"Ministère de la Solidarité");
        assertThat(csv.body()).endsWith("\r\n");
        assertThat(new ObjectMapper().readTree(visitor.get("/donnees/" + code + "/rapport.json").body())
                .get("drafts")).hasSize(120);
        assertThat(visitor.get("/donnees/INCONNU/engagements.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theReportSpeaksArabicRightToLeftAndEnglishWhileRecordedContentStaysFrench() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/rapport?plan=PAN3&lang=ar").body())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "التقرير التركيبي حول الإعداد المشترك", "Réunion à distance");
        assertThat(visitor.get("/rapport?plan=PAN3").body()).contains("dir=\"rtl\"");
        assertThat(visitor.get("/rapport?plan=PAN3&lang=en").body())
                .contains("lang=\"en\"", "dir=\"ltr\"", "Synthesis report on the co-creation", "Key figures");
    }

    @Test
    void thePdfRendersWithTheFiguresAndTheCharts() throws IOException {
        HttpResponse<byte[]> response = new Http(port).getBytes("/rapport.pdf?plan=PAN3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Rapport synthétique sur la co-création", "Projets d'engagements proposés 22",
                    "Engagements adoptés 0", "prolongé du 23/02/2024 au 26/02/2024", "PAN3-22");
            // the page numbers come from /css/report.css, which the PDF renderer inlines
            assertThat(text).containsPattern("Page 1 / \\d+");
            int images = 0;
            for (PDPage p : pdf.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    images += p.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(4);
        }
    }

    @Test
    void thePdfIsInArabicRightToLeftForAnArabicReader() {
        PdfContent pdf = PdfContent.of(new Http(port).getBytes("/rapport.pdf?plan=PAN3&lang=ar").body());

        assertThat(pdf.text()).contains("التقرير التركيبي حول الإعداد المشترك", "أرقام رئيسية",
                "مشاريع الالتزامات ومآلها", "PAN3-22");
        assertThat(pdf.fonts()).containsKeys("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", "NotoSans-Regular")
                .doesNotContainValue(false);
        assertThat(pdf.glyphsIn(Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B)).isNotEmpty();
        assertThat(PdfContent.of(new Http(port).getBytes("/rapport.pdf?plan=PAN3").body()).text())
                .contains("Rapport synthétique sur la co-création").doesNotContain("التقرير");
    }

    @Test
    void figuresCountEveryOutcomeAndTheExportsCarryNoEmail() throws IOException {
        ActionPlan plan = planWithEveryOutcome();
        String code = plan.code();
        Visitor visitor = new Visitor(port);

        JsonNode report = new ObjectMapper().readTree(visitor.get("/donnees/" + code + "/rapport.json").body());
        assertThat(report.get("figures").toString()).isEqualTo("{\"ideas\":0,\"drafts\":3,\"observations\":0,\"merges\":1,"
                + "\"cancellations\":1,\"comments_received\":2,\"comments_approved\":1,\"adopted\":1}");
        assertThat(report.get("drafts")).extracting(d -> d.get("reference").asText() + " " + d.get("status").asText())
                .containsExactly(code + "-01 ADOPTED", code + "-02 MERGED", code + "-03 CANCELLED");
        HttpResponse<String> csv = visitor.get("/donnees/" + code + "/engagements.csv");
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        assertThat(csv.body().lines()).containsExactly(String.join(",", ReportOpenDataController.DRAFT_COLUMNS),
                code + "-01,Publier les budgets des communes,\"Ministère de la Solidarité, de l'Insertion Sociale et "
                        + "de la Famille\",ADOPTED,Adopté,,,1",
                code + "-02,\"Budgets communaux, volet 2\",Ministère de Transition Numérique et de Réforme de "
                        + "l'Administration,MERGED,Fusionné,Même objet que l'engagement 1," + code + "-01,",
                code + "-03,Registre des lobbies,Ministère de Transition Numérique et de Réforme de l'Administration,"
                        + "CANCELLED,Annulé,Hors du périmètre du plan,,");
        for (String export : List.of("/donnees/" + code + "/rapport.json", "/donnees/" + code + "/engagements.csv",
                "/donnees/PAN3/rapport.json", "/donnees/PAN3/engagements.csv")) {
            assertThat(visitor.get(export).body()).as(export).doesNotContain("@");
        }
        // the footer's contact is the secretariat's address, never a contributor's
        assertThat(visitor.get("/rapport?plan=" + code).body()).doesNotContain("amina");
        try (PDDocument pdf = Loader.loadPDF(new Http(port).getBytes("/rapport.pdf?plan=" + code).body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Projets d'engagements proposés 3",
                    "Projets fusionnés 1", "Projets annulés 1", "Contributions publiques reçues 2",
                    "Contributions publiques publiées 1", "Engagements adoptés 1").doesNotContain("@");
        }
    }

    @Test
    void theReasonedResponseOfAMergedOrCancelledDraftNamesItsTargetAndTheCommitteesReason() {
        ActionPlan plan = planWithEveryOutcome();
        String code = plan.code();

        responses.draft(plan.id(), "oelmoustamide");

        assertThat(responses.responses(plan.id()))
                .extracting(r -> r.reference() + " " + r.outcome() + " : " + r.text())
                .satisfiesExactly(
                        adopted -> assertThat(adopted).startsWith(code + "-01 ADOPTED : Retenu : engagement n° 1 du " + code),
                        merged -> assertThat(merged).isEqualTo(
                                code + "-02 MERGED : Fusionné avec l'engagement " + code + "-01 (retenu comme engagement n° 1 du "
                                        + code + ") : Même objet que l'engagement 1"),
                        cancelled -> assertThat(cancelled).isEqualTo(
                                code + "-03 CANCELLED : Annulé par le comité de pilotage : Hors du périmètre du plan"));
        assertThat(new Visitor(port).get("/reponses?plan=" + code).body()).contains(
                "Fusionné avec l&#39;engagement " + code + "-01 (retenu comme engagement n° 1 du " + code
                        + ") : Même objet que l&#39;engagement 1",
                "Annulé par le comité de pilotage : Hors du périmètre du plan");
    }

    @Test
    void theComplianceViewIsTheSecretariatsAndJudgesEachRequirementFromTheData() {
        ActionPlan plan = planWithEveryOutcome();
        String path = "/app/plans/" + plan.code() + "/conformite";

        HttpResponse<String> anonymous = new Visitor(port).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new Visitor(port).loggedInAs("hbennani", "demo").get(path).statusCode()).isEqualTo(403);

        String page = new Visitor(port).loggedInAs("oelmoustamide", "demo").get(path).body();
        assertThat(rows(page)).containsExactly(
                "Le forum multipartite se réunit au moins tous les six mois|Non respectée",
                "Le calendrier de la co-création est publié avant son début|Respectée",
                "Le dépôt en ligne est tenu à jour|Respectée",
                "Un mécanisme de contribution du public est ouvert|Respectée",
                "Une réponse motivée est publiée sur les contributions|Respectée");
        assertThat(page).contains("href=\"/reponses?plan=" + plan.code() + "\"","href=\"/rapport?plan=" + plan.code() + "#reunions\"",
                "href=\"/donnees/" + plan.code() + "/rapport.json\"", "href=\"/consultation?plan=" + plan.code() + "\"",
                "Aucune réunion enregistrée pendant la co-création.", "2 contribution(s) reçue(s), 1 publiée(s)");

        String pan3 = new Visitor(port).loggedInAs("oelmoustamide", "demo").get("/app/plans/PAN3/conformite").body();
        assertThat(rows(pan3)).startsWith("Le forum multipartite se réunit au moins tous les six mois|Respectée")
                .contains("Une réponse motivée est publiée sur les contributions|Pas encore applicable");
    }

    /** Each table row's requirement and status. */
    private static List<String> rows(String page) {
        return Pattern.compile("<td>([^<]+)</td>\\s*<td><strong>([^<]+)</strong>").matcher(page).results()
                .map(m -> m.group(1) + "|" + m.group(2)).toList();
    }

    /** A plan of its own: one draft adopted, one merged into it, one cancelled; two comments, one approved. */
    private ActionPlan planWithEveryOutcome() {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("RS"), "Plan rapporté",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        plans.insertPhases(plan.id(), List.of(
                new PlanPhase(Phase.CALL_FOR_COMMITMENTS, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 21)),
                new PlanPhase(Phase.PUBLIC_CONSULTATION, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 31))));
        long adopted = draft(plan, 1, "MSISF", "Publier les budgets des communes", OgpValue.TRANSPARENCY);
        long merged = draft(plan, 2, "MTNRA", "Budgets communaux, volet 2", OgpValue.TRANSPARENCY);
        long cancelled = draft(plan, 3, "MTNRA", "Registre des lobbies", OgpValue.PUBLIC_ACCOUNTABILITY);
        consultations.open(plan.code(), OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusDays(7),
                List.of(adopted));
        long approved = consultations.comment(plan.code() + "-01", comment("Publiez aussi les marchés."), "fr", "127.0.0.1");
        consultations.comment(plan.code() + "-01", comment("En attente de modération."), "fr", "127.0.0.1");
        consultations.moderate(List.of(approved), true, null, "oelmoustamide");
        commitments.markMerged(merged, adopted, "Même objet que l'engagement 1");
        commitments.updateStatus(cancelled, CommitmentStatus.CANCELLED, "Hors du périmètre du plan");
        commitments.updateStatus(adopted, CommitmentStatus.ADOPTED, null);
        jdbc.sql("INSERT INTO pan_adoption (plan_id, adopted_by, adopted_at) VALUES (?, 'oelmoustamide', ?)")
                .params(plan.id(), OffsetDateTime.now()).update();
        // the reasoned responses were published with the plan
        jdbc.sql("INSERT INTO pan_publication (plan_id, published_by, published_at) VALUES (?, 'oelmoustamide', ?)")
                .params(plan.id(), OffsetDateTime.now()).update();
        jdbc.sql("INSERT INTO pan_adopted_commitment (plan_id, commitment_id, version_id, position) VALUES (?, ?, ?, 1)")
                .params(plan.id(), adopted, commitments.versionId(adopted, 1)).update();
        return plan;
    }

    private long draft(ActionPlan plan, int number, String institution, String title, OgpValue value) {
        return commitments.create(plan.id(), plan.code() + "-%02d".formatted(number), number,
                committee.findInstitutionByCode(institution).orElseThrow().id(), CommitmentStatus.ACCEPTED,
                new CommitmentVersion(1, title, "Problème", "Solution", Set.of(value), List.of(), List.of(), List.of(),
                        "aameziane", OffsetDateTime.now()));
    }

    private static CommentForm comment(String body) {
        CommentForm form = new CommentForm();
        form.setBody(body);
        form.setName("Amina B.");
        form.setEmail("amina@example.org");
        form.setConsent(true);
        return form;
    }
}
