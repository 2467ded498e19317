package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.ogp.pan.commitment.Activity;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.UniqueCodes;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public consultation over real HTTP, as a visitor without account or JavaScript; on H2 and PostgreSQL. */
@PanIntegrationTest
abstract class ConsultationScenarios {

    static final String ARABIC = "نقترح نشر مؤشرات التتبع كل ثلاثة أشهر.";
    static final String TIFINAGH = "ⴰⵏⵙⵙⴰⵡⴰⵍ ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⴳ ⵉⵎⵔⴽⵉⴱⵏ ⵉⴳⴷⵓⴷⴰⵏ";

    private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired JdbcClient jdbc;
    ActionPlan plan;
    String reference;
    Visitor visitor;

    @BeforeEach
    void openConsultation() {
        plan = openOnTwoCommitments(plans, committee, commitments, consultations);
        reference = plan.code() + "-01";
        visitor = new Visitor(port);
    }

    /** A plan of its own with two draft commitments under an open consultation. */
    static ActionPlan openOnTwoCommitments(ActionPlanRepository plans, CommitteeRepository committee,
                                           CommitmentRepository commitments, ConsultationService consultations) {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("CQ"), "Plan consulté",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        long first = commitment(plan, committee, commitments, 1, "Faciliter l'accès aux services publics en amazighe",
                OgpValue.CIVIC_PARTICIPATION);
        long second = commitment(plan, committee, commitments, 2, "Renforcement de la publication des données ouvertes",
                OgpValue.TRANSPARENCY);
        consultations.open(plan.code(), OffsetDateTime.now().minusSeconds(5), OffsetDateTime.now().plusDays(7),
                List.of(first, second));
        return plan;
    }

    @Test
    void aVisitorReadsTheDraftsAndCommentsThenSeesItPublishedOnceApproved() {
        HttpResponse<String> list = visitor.get("/consultation?plan=" + plan.code());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(reference, plan.code() + "-02", "Faciliter l&#39;accès aux services publics");
        assertThat(visitor.get("/consultation?plan=" + plan.code() + "&valeur=TRANSPARENCY").body())
                .contains(plan.code() + "-02").doesNotContain(reference + " · ");
        HttpResponse<String> page = visitor.get("/consultation/" + reference);
        assertThat(page.body()).contains("Problématique", "Atelier de lancement", "Nombre d&#39;ateliers", "name=\"_csrf\"");

        HttpResponse<String> sent = post(comment("Il faut publier le calendrier des guichets."));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains("?merci");
        assertThat(visitor.get("/consultation/" + reference + "?merci").body()).contains("Merci !");
        assertThat(statuses()).containsExactly("PENDING");
        assertThat(visitor.get("/consultation/" + reference).body()).doesNotContain("publier le calendrier");

        consultations.moderate(ids(), true, null, "oelmoustamide");

        assertThat(visitor.get("/consultation/" + reference).body()).contains("Il faut publier le calendrier des guichets.",
                "Amina B.", ", Association Citoyenne");
    }

    @Test
    void aConsultationOfManyDraftsIsListedFiftyAPageWithItsFiltersKept() {
        ActionPlan many = plans.insert(new ActionPlan(null, UniqueCodes.of("CM"), "Plan de 120 projets",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= 120; n++) {
            ids.add(commitment(many, committee, commitments, n, "Projet numéro " + n,
                    n % 2 == 0 ? OgpValue.TRANSPARENCY : OgpValue.PUBLIC_ACCOUNTABILITY));
        }
        consultations.open(many.code(), OffsetDateTime.now().minusSeconds(5), OffsetDateTime.now().plusDays(7), ids);
        String list = "/consultation?plan=" + many.code();

        String first = visitor.get(list).body();
        assertThat(first).contains("120 projet(s) d&#39;engagement, page 1 sur 3", many.code() + "-50 · ")
                .doesNotContain(many.code() + "-51 · ").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        String last = visitor.get(list + "&page=3").body();
        assertThat(last).contains("page 3 sur 3", many.code() + "-101 · ", many.code() + "-120 · ")
                .doesNotContain(many.code() + "-100 · ").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        // out of range: the nearest page
        assertThat(visitor.get(list + "&page=99").body()).contains("page 3 sur 3");
        assertThat(visitor.get(list + "&page=-1").body()).contains("page 1 sur 3");

        String transparency = visitor.get(list + "&valeur=TRANSPARENCY&page=2").body();
        assertThat(transparency).contains("60 projet(s) d&#39;engagement, page 2 sur 2", many.code() + "-102 · ")
                .doesNotContain(many.code() + "-101 · ")
                .contains("valeur=TRANSPARENCY&amp;page=1\">");
        assertThat(visitor.get(list + "&institution=MSISF&valeur=PUBLIC_ACCOUNTABILITY").body())
                .contains("60 projet(s) d&#39;engagement, page 1 sur 2");
        assertThat(visitor.get(list + "&institution=NULLE-PART").body()).contains("0 projet(s) d&#39;engagement");
        assertThat(visitor.get(list + "&page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theSameFormSentTwiceStoresOneCommentAndConfirmsBoth() {
        String page = visitor.get("/consultation/" + reference).body();
        Matcher key = SUBMISSION_KEY.matcher(page);
        assertThat(key.find()).isTrue();
        assertThat(SUBMISSION_KEY.matcher(visitor.get("/consultation/" + reference).body()).results()
                .map(m -> m.group(1))).doesNotContain(key.group(1)); // a new key for each form shown
        Map<String, String> fields = comment("Envoyé deux fois : la connexion a été coupée avant la réponse");
        fields.put("submissionKey", key.group(1));
        String token = visitor.csrfToken("/consultation/" + reference);

        HttpResponse<String> first = visitor.post("/consultation/" + reference + "/commentaires", fields, token);
        HttpResponse<String> resent = visitor.post("/consultation/" + reference + "/commentaires", fields, token);

        for (HttpResponse<String> answer : List.of(first, resent)) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("?merci");
        }
        assertThat(bodies()).containsExactly("Envoyé deux fois : la connexion a été coupée avant la réponse");
        fields.put("submissionKey", "pas-une-clé");
        assertThat(visitor.post("/consultation/" + reference + "/commentaires", fields, token).statusCode()).isEqualTo(400);
        assertThat(bodies()).hasSize(1);
    }

    @Test
    void badInputGetsItsClearRefusalAndStoresNothing() {
        Map<String, String> empty = comment(" ");
        assertThat(post(empty)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Écrivez votre contribution.");
        });
        Map<String, String> noConsent = comment("Sans consentement");
        noConsent.remove("consent");
        assertThat(post(noConsent).body()).contains("Cochez la case pour accepter la publication.");
        assertThat(post(comment("x".repeat(5001))).statusCode()).isEqualTo(413);
        assertThat(post(comment("y".repeat(70_000))).statusCode()).isEqualTo(413);
        Map<String, String> robot = comment("Achetez maintenant");
        robot.put("website", "http://spam.example");
        assertThat(post(robot).statusCode()).isEqualTo(400);
        assertThat(visitor.submit("/consultation/" + reference, "/consultation/" + reference + "/commentaires",
                comment("Sans jeton"), false).statusCode()).isEqualTo(403);
        Map<String, String> badMail = comment("Courriel faux");
        badMail.put("email", "pas-un-courriel");
        assertThat(post(badMail).statusCode()).isEqualTo(400);
        assertThat(visitor.submit("/consultation/" + reference, "/consultation/" + plan.code() + "-99/commentaires",
                comment("Inconnu"), true).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/consultation/" + plan.code() + "-99").statusCode()).isEqualTo(404);

        assertThat(statuses()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085",
            "\u009F"})
    void aControlCharacterInTheBodyOrTheNameIsRefusedWithAMessage(String control) {
        assertRefused(post(comment("Avant" + control + "après")), 400, "caractères de contrôle invisibles");
        assertRefused(post(comment(control + "Au début")), 400, "caractères de contrôle invisibles");
        Map<String, String> name = comment("Un avis");
        name.put("name", "Amina" + control);
        assertRefused(post(name), 400, "Le nom contient des caractères de contrôle");
        Map<String, String> organisation = comment("Un avis");
        organisation.put("organisation", control + "Association");
        assertRefused(post(organisation), 400, "L&#39;organisation contient des caractères de contrôle");
        assertThat(statuses()).isEmpty();
    }

    @Test
    void tabsAndLineBreaksAreKept() {
        assertThat(post(comment("Premier point :\r\n\tpublier.\nSecond point.")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT body FROM pan_public_comment WHERE commitment_id = ?").param(commitmentId())
                .query(String.class).single()).isEqualTo("Premier point :\r\n\tpublier.\nSecond point.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B\u200B", "\uFEFF", "\u00A0\u00A0", "\u200E\u200F", "\u0301", "\u3164", "\u2800",
            "\u202F\u2060\u180E", " \u200B\n\uFEFF\t\u3164 "})
    void aBodyWithNothingVisibleIsRefusedLikeAnEmptyOne(String invisible) {
        assertRefused(post(comment(invisible)), 400, "Écrivez votre contribution.");
        assertThat(statuses()).isEmpty();
    }

    @Test
    void limitsCountCharactersSoAnEmojiIsOne() {
        String emoji = "\uD83D\uDE00";
        assertThat(post(comment("a".repeat(CommentForm.MAX_BODY - 1) + emoji)).statusCode()).isEqualTo(302);
        assertThat(post(comment(emoji.repeat(CommentForm.MAX_BODY))).statusCode()).isEqualTo(302);
        Map<String, String> longName = comment("Nom de 120 emoji");
        longName.put("name", emoji.repeat(120));
        longName.put("organisation", emoji.repeat(200));
        assertThat(post(longName).statusCode()).isEqualTo(302);
        assertRefused(post(comment(emoji.repeat(CommentForm.MAX_BODY + 1))), 413, "dépasse 5 000 caractères");
        longName.put("name", emoji.repeat(121));
        assertRefused(post(longName), 400, "Le nom dépasse 120 caractères.");
        assertThat(jdbc.sql("SELECT body FROM pan_public_comment WHERE commitment_id = ? ORDER BY id").param(commitmentId())
                .query(String.class).list()).extracting(b -> b.codePointCount(0, b.length()))
                .containsExactly(CommentForm.MAX_BODY, CommentForm.MAX_BODY, 16);
    }

    @Test
    void theSizeLimitComesFirstChunkedPostsIncluded() {
        String action = "/consultation/" + reference + "/commentaires";
        byte[] tenMegabytes = ("_csrf=faux&consent=true&body=" + "x".repeat(10_000_000)).getBytes(StandardCharsets.UTF_8);
        assertRefused(visitor.post(action, FORM, HttpRequest.BodyPublishers.ofByteArray(tenMegabytes)), 413,
                "Contribution trop longue");
        String token = visitor.csrfToken("/consultation/" + reference);
        byte[] large = form(token, "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        assertRefused(visitor.post(action, FORM, chunked(large)), 413, "Contribution trop longue");
        assertThat(statuses()).isEmpty();
        assertThat(visitor.post(action, FORM, chunked(form(token, "Envoyée par morceaux").getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(302);
        assertThat(bodies()).containsExactly("Envoyée par morceaux");
    }

    @Test
    void theDeclaredCharsetIsHonoured() {
        String token = visitor.csrfToken("/consultation/" + reference);
        String latin1 = "_csrf=" + token + "&consent=true&body=" + URLEncoder.encode("Un café", StandardCharsets.ISO_8859_1);
        assertThat(visitor.post("/consultation/" + reference + "/commentaires", FORM + "; charset=ISO-8859-1",
                HttpRequest.BodyPublishers.ofString(latin1)).statusCode()).isEqualTo(302);
        assertThat(bodies()).containsExactly("Un café");
        assertRefused(visitor.post("/consultation/" + reference + "/commentaires", FORM + "; charset=x-inconnu",
                HttpRequest.BodyPublishers.ofString(latin1)), 415, "Encodage des caractères inconnu");
    }

    @Test
    void aRepeatedFieldOrAnUnreadableConsentIsRefusedWithAMessage() {
        String token = visitor.csrfToken("/consultation/" + reference);
        String twice = form(token, "a") + "&body=b";
        assertRefused(visitor.post("/consultation/" + reference + "/commentaires", FORM,
                HttpRequest.BodyPublishers.ofString(twice)), 400, "deux fois le même champ");
        Map<String, String> consent = comment("Consentement illisible");
        consent.put("consent", "peut-être");
        assertRefused(post(consent), 400, "Cochez la case pour accepter la publication.");
        assertThat(post(consent).body()).doesNotContain("Failed to convert");
        assertThat(statuses()).isEmpty();
    }

    @Test
    void scriptAndSqlAreStoredAsTextAndShownEscaped() {
        String script = "<script>alert('x')</script> '; DROP TABLE pan_public_comment; --";
        assertThat(post(comment(script)).statusCode()).isEqualTo(302);
        consultations.moderate(ids(), true, null, "oelmoustamide");

        String page = visitor.get("/consultation/" + reference).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(jdbc.sql("SELECT body FROM pan_public_comment WHERE commitment_id = ?").param(commitmentId())
                .query(String.class).single()).isEqualTo(script);
    }

    @Test
    void arabicAndTifinaghAreKeptByteForByteAndArabicPagesReadRightToLeft() {
        visitor.get("/consultation/" + reference + "?lang=ar");
        assertThat(post(comment(ARABIC + "\n" + TIFINAGH)).statusCode()).isEqualTo(302);
        consultations.moderate(ids(), true, null, "oelmoustamide");

        HttpResponse<String> arabic = visitor.get("/consultation/" + reference);
        assertThat(arabic.body()).contains("lang=\"ar\"", "dir=\"rtl\"", "الإشكالية", ARABIC, TIFINAGH);
        assertThat(jdbc.sql("SELECT body, language FROM pan_public_comment WHERE commitment_id = ?").param(commitmentId())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single())
                .isEqualTo(ARABIC + "\n" + TIFINAGH + "|ar");
        assertThat(visitor.get("/consultation/" + reference + "?lang=en").body())
                .contains("lang=\"en\"", "dir=\"ltr\"", "Proposed solution");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "x-klingon", "de", "zh-Hant-TW"})
    void anUnknownLanguageIsFrenchSetsNoCookieAndNeverBreaksCommenting(String language) {
        HttpResponse<String> page = visitor.get("/consultation/" + reference + "?lang="
                + URLEncoder.encode(language, StandardCharsets.UTF_8));
        assertThat(page.body()).contains("lang=\"fr\"", "Problématique");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("pan-lang"));
        Map<String, String> withLanguageField = comment("Avec le champ lang");
        withLanguageField.put("lang", language);
        assertThat(post(withLanguageField).statusCode()).isEqualTo(302);
        Visitor withOldCookie = new Visitor(port).withCookie("pan-lang", language);
        assertThat(withOldCookie.get("/consultation/" + reference).body()).contains("lang=\"fr\"");
        assertThat(withOldCookie.submit("/consultation/" + reference, "/consultation/" + reference + "/commentaires",
                comment("Avec un vieux cookie"), true).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT language FROM pan_public_comment WHERE commitment_id = ?").param(commitmentId())
                .query(String.class).list()).containsExactly("fr", "fr");
    }

    @Test
    void afterTheEndDateTheFormIsGoneAndACommentIsRefused() {
        String tokenFromAnOpenPage = visitor.csrfToken("/consultation/" + reference);
        jdbc.sql("UPDATE pan_deadline SET due_at = ? WHERE plan_id = ? AND kind = 'PUBLIC_CONSULTATION'")
                .params(OffsetDateTime.now().minusDays(1), plan.id()).update();

        assertThat(visitor.get("/consultation/" + reference).body()).doesNotContain("name=\"body\"")
                .contains("La consultation est close");
        HttpResponse<String> late = visitor.post("/consultation/" + reference + "/commentaires", comment("Trop tard"),
                tokenFromAnOpenPage);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("La consultation est close");
        assertThat(statuses()).isEmpty();
    }

    @Test
    void theSecretariatModeratesManyAtOnceAndOnlyApprovedOnesAreExportedWithoutEmails() {
        for (int i = 1; i <= 4; i++) {
            assertThat(post(comment("Contribution " + i)).statusCode()).isEqualTo(302);
        }
        List<Long> ids = ids();
        Visitor secretary = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        String page = "/app/consultation/moderation";
        assertThat(secretary.get(page).body()).contains("Contribution 1", "Contribution 4");
        assertThat(new Visitor(port).loggedInAs("ssallahi", "demo").get(page).statusCode()).isEqualTo(403);

        assertThat(secretary.submit(page, page, Map.of("ids", ids.get(3).toString(), "action", "reject"), true)
                .statusCode()).isEqualTo(400);
        Map<String, String> approve = new HashMap<>(Map.of("action", "approve"));
        HttpResponse<String> approved = secretary.submit(page, page + "?ids=" + ids.get(0) + "&ids=" + ids.get(1)
                + "&ids=" + ids.get(2), approve, true);
        assertThat(approved.statusCode()).isEqualTo(302);
        secretary.submit(page, page + "?ids=" + ids.get(3), Map.of("action", "reject", "reason", "OFF_TOPIC"), true);
        assertThat(statuses()).containsExactly("APPROVED", "APPROVED", "APPROVED", "REJECTED");

        String csv = visitor.get("/donnees/" + plan.code() + "/commentaires.csv").body();
        assertThat(csv.lines().findFirst()).contains(String.join(",", CommentsOpenDataController.COLUMNS));
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("Contribution 1", "Amina B.").doesNotContain("Contribution 4", "@");
        String json = visitor.get("/donnees/" + plan.code() + "/commentaires.json").body();
        assertThat(json).contains("\"comment_id\"", "Contribution 3").doesNotContain("Contribution 4", "@", "email");
    }

    @Test
    void anApprovedFormulaIsServedAsTextInTheCsvAndVerbatimInTheJson() {
        String formula = "=HYPERLINK(\"http://example.invalid/x\",\"Cliquez ici\")";
        assertThat(post(comment(formula)).statusCode()).isEqualTo(302);
        consultations.moderate(ids(), true, null, "oelmoustamide");

        String csv = visitor.get("/donnees/" + plan.code() + "/commentaires.csv").body();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.invalid/x\"\",\"\"Cliquez ici\"\")\"\r\n")
                .doesNotContain(",=", ",\"=");
        assertThat(visitor.get("/donnees/" + plan.code() + "/commentaires.json").body())
                .contains("\"body\":\"=HYPERLINK(\\\"http://example.invalid/x\\\",\\\"Cliquez ici\\\")\"");
    }

    @Test
    void aFirstVisitorOfADraftWithAThousandApprovedCommentsGetsTheWholePagePagedWithTheForm() {
        for (int i = 1; i <= 1000; i++) {
            jdbc.sql("""
                    INSERT INTO pan_public_comment (consultation_id, commitment_id, body, language, status, submitted_at)
                    SELECT consultation_id, commitment_id, ?, 'fr', 'APPROVED', ? FROM pan_consultation_commitment
                    WHERE commitment_id = ?""").params("Avis n°" + i + " " + "x".repeat(500),
                    OffsetDateTime.now().minusMinutes(2000 - i), commitmentId()).update();
        }
        Visitor firstVisit = new Visitor(port);
        HttpResponse<String> first = firstVisit.get("/consultation/" + reference);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Avis n°1 ", "Avis n°50 ", "name=\"body\"", "name=\"_csrf\"", "</html>",
                "page=2").doesNotContain("Avis n°51 ");
        assertThat(first.body().split("class=\"comment\"")).hasSize(CommentPage.SIZE + 1);
        assertThat(new Visitor(port).get("/consultation/" + reference + "?page=2").body())
                .contains("Avis n°51 ", "Avis n°100 ", "page=1", "page=3", "</html>").doesNotContain("Avis n°50 ");
        assertThat(new Visitor(port).get("/consultation/" + reference + "?page=999").body())
                .contains("Avis n°1000 ", "page=19").doesNotContain("page=21");
        HttpResponse<String> badPage = new Visitor(port).get("/consultation/" + reference + "?page=abc");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("paramètre non valide");
        assertThat(firstVisit.post("/consultation/" + reference + "/commentaires", comment("Dès la première visite"),
                firstVisit.csrfToken("/consultation/" + reference)).statusCode()).isEqualTo(302);
    }

    @Test
    void theCommentsOfAPlanWithoutConsultationAreAnEmptyDataset() {
        String code = plans.insert(new ActionPlan(null, UniqueCodes.of("SC"), "Plan sans consultation",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))).code();
        HttpResponse<String> csv = visitor.get("/donnees/" + code + "/commentaires.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(String.join(",", CommentsOpenDataController.COLUMNS) + "\r\n");
        HttpResponse<String> json = visitor.get("/donnees/" + code + "/commentaires.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/donnees/ZZ9/commentaires.json", "/donnees/ZZ9/commentaires.csv", "/donnees/ZZ9/plan.json",
            "/donnees/ZZ9/reponses.json", "/donnees/ZZ9/plan.csv", "/donnees/{plan}/plan.json", "/donnees/{plan}/reponses.json"})
    void anOpenDataErrorIsA404InProblemJson(String url) {
        HttpResponse<String> response = visitor.get(url.replace("{plan}", plan.code()));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).startsWith("{").contains("\"status\":404")
                .doesNotContain("<html", "SELECT", "java.", "org.", "Exception");
    }

    /** A refusal says why in French and shows neither SQL nor Java. */
    static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains(message)
                .doesNotContain("SELECT", "INSERT", "java.", "org.", "Exception");
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String form(String csrfToken, String body) {
        return "_csrf=" + csrfToken + "&consent=true&body=" + URLEncoder.encode(body, StandardCharsets.UTF_8);
    }

    /** A body of unknown length: sent chunked, without Content-Length. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private List<String> bodies() {
        return jdbc.sql("SELECT body FROM pan_public_comment WHERE commitment_id = ? ORDER BY id").param(commitmentId())
                .query(String.class).list();
    }

    private HttpResponse<String> post(Map<String, String> fields) {
        return visitor.submit("/consultation/" + reference, "/consultation/" + reference + "/commentaires", fields, true);
    }

    static Map<String, String> comment(String body) {
        Map<String, String> fields = new HashMap<>();
        fields.put("body", body);
        fields.put("name", "Amina B.");
        fields.put("organisation", "Association Citoyenne");
        fields.put("email", "amina@example.org");
        fields.put("consent", "true");
        fields.put("website", "");
        return fields;
    }

    private long commitmentId() {
        return commitments.findByReference(reference).orElseThrow().id();
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM pan_public_comment WHERE commitment_id = ? ORDER BY id")
                .param(commitmentId()).query(String.class).list();
    }

    private List<Long> ids() {
        return jdbc.sql("SELECT id FROM pan_public_comment WHERE commitment_id = ? ORDER BY id")
                .param(commitmentId()).query(Long.class).list();
    }

    private static long commitment(ActionPlan plan, CommitteeRepository committee, CommitmentRepository commitments,
                                   int number, String title, OgpValue value) {
        long msisf = committee.findInstitutionByCode("MSISF").orElseThrow().id();
        return commitments.create(plan.id(), plan.code() + "-%02d".formatted(number), number, msisf,
                CommitmentStatus.ACCEPTED, new CommitmentVersion(1, title, "Problème " + number, "Solution " + number,
                        Set.of(value), List.of(), List.of(new Activity("Atelier de lancement", LocalDate.of(2024, 9, 1),
                        LocalDate.of(2024, 12, 31), "Compte rendu")), List.of("Nombre d'ateliers"), "aameziane",
                        OffsetDateTime.now()));
    }
}
