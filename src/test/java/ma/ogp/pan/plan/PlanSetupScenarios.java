package ma.ogp.pan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.process.Processes;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The secretariat sets up a plan through the staff pages, publishes its timeline and starts it; H2 and PostgreSQL. */
@PanIntegrationTest
abstract class PlanSetupScenarios {

    @LocalServerPort int port;
    @Autowired ActionPlanRepository plans;
    @Autowired PlanSetupService setup;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    Visitor secretariat;
    Visitor anonymous;
    String code;
    int year;

    @BeforeEach
    void aNewCodeAndAPeriodAfterEveryPlan() {
        secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        anonymous = new Visitor(port);
        code = "T" + System.nanoTime() % 1_000_000_000L;
        // later than any plan other tests recorded, so that this one becomes the current plan once published
        year = jdbc.sql("SELECT MAX(period_end) FROM pan_action_plan").query(LocalDate.class).single().getYear() + 2;
    }

    @Test
    void theSecretariatCreatesEditsPublishesAndStartsAPlan() {
        HttpResponse<String> page = secretariat.get("/app/plans/nouveau");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Créer un plan d'action", "phaseStarts[REVISION]",
                "deadlines[REVIEW_COMMENTS]", "Remarques du comité sur les engagements proposés");

        HttpResponse<String> created = create(good());
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/plans/" + code));
        ActionPlan plan = plans.getByCode(code);
        assertThat(plan.title()).isEqualTo("Quatrième Plan d'Action National");
        assertThat(plan.periodStart()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(plans.findPhases(plan.id())).extracting(PlanPhase::phase)
                .containsExactly(Phase.CALL_FOR_COMMITMENTS, Phase.COMMITTEE_REVIEW, Phase.REVISION);
        assertThat(plans.findDeadlines(plan.id())).extracting(Deadline::kind, d -> d.dueAt().toInstant()).containsExactly(
                tuple(Deadline.REVIEW_COMMENTS, endOfDay(year - 1, 10, 20)), tuple(Deadline.REVISION, endOfDay(year - 1, 11, 5)));
        assertThat(setup.stage(plan)).isEqualTo(PlanStage.DRAFT);
        assertThat(secretariat.get("/app/plans/" + code).body()).contains("Brouillon", "Publier le calendrier");
        assertThat(anonymous.get("/calendrier?plan=" + code).statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(anonymous.get("/donnees/" + code + "/calendrier.csv").statusCode()).isEqualTo(404);

        Map<String, String> edited = with(good(), "title", "PAN 4, titre revu");
        edited.put("phaseStarts[CALL_FOR_COMMITMENTS]", "");
        edited.put("phaseEnds[CALL_FOR_COMMITMENTS]", "");
        edited.put("phaseStarts[PUBLIC_CONSULTATION]", (year - 1) + "-11-15");
        edited.put("phaseEnds[PUBLIC_CONSULTATION]", (year - 1) + "-11-30");
        edited.put("deadlines[REVISION]", "");
        assertThat(secretariat.get("/app/plans/" + code + "/modifier").body()).contains("value=\"" + (year - 1) + "-09-01\"");
        assertThat(update(edited).statusCode()).isEqualTo(302);
        assertThat(plans.getByCode(code).title()).isEqualTo("PAN 4, titre revu");
        assertThat(plans.findPhases(plan.id())).extracting(PlanPhase::phase)
                .containsExactly(Phase.COMMITTEE_REVIEW, Phase.REVISION, Phase.PUBLIC_CONSULTATION);
        assertThat(plans.findDeadlines(plan.id())).extracting(Deadline::kind).containsExactly(Deadline.REVIEW_COMMENTS);

        assertRefused(publish(), 400, "indiquez au moins les dates de la phase « Appel à engagements »");
        assertThat(update(good()).statusCode()).isEqualTo(302);
        assertRefused(start(), 400, "Publiez d'abord le calendrier");
        assertThat(publish().statusCode()).isEqualTo(302);
        assertThat(setup.stage(plan)).isEqualTo(PlanStage.PUBLISHED);
        assertThat(anonymous.get("/calendrier?plan=" + code).statusCode()).isEqualTo(200);
        assertThat(update(with(good(), "title", "Encore modifiable")).statusCode())
                .as("a published plan stays editable until it starts").isEqualTo(302);

        assertThat(start().statusCode()).isEqualTo(302);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(Processes.ACTION_PLAN_COCREATION)
                .processInstanceBusinessKey(code).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtime.getVariable(instance.getId(), "planId")).isEqualTo(plan.id());
        assertThat(setup.stage(plan)).isEqualTo(PlanStage.RUNNING);
        assertThat(secretariat.get("/app/plans/" + code).body()).contains("Co-création en cours")
                .doesNotContain("/app/plans/" + code + "/modifier");

        assertRefused(update(with(good(), "title", "Trop tard")), 409, "ne peut plus être modifié");
        assertRefused(publish(), 409, "ne peut plus être modifié");
        assertRefused(start(), 409, "ne peut plus être modifié");
        assertThat(secretariat.get("/app/plans/" + code + "/modifier").statusCode()).isEqualTo(409);
        assertThat(plans.getByCode(code).title()).isEqualTo("Encore modifiable");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWholeWithAFrenchMessageAndStoresNothing() {
        int y = year - 1;
        List<Object[]> cases = List.of(
                new Object[] {with(good(), "code", "PAN3"), "déjà celui d'un autre plan"},
                new Object[] {with(good(), "code", ""), "Indiquez le code du plan"},
                new Object[] {with(good(), "code", "pan4"), "lettres majuscules et chiffres"},
                new Object[] {with(good(), "code", "PAN-4"), "lettres majuscules et chiffres"},
                new Object[] {with(good(), "code", "P" + "1".repeat(20)), "lettres majuscules et chiffres"},
                new Object[] {with(good(), "code", "PAN4'; --"), "lettres majuscules et chiffres"},
                new Object[] {with(good(), "title", " "), "Indiquez l'intitulé du plan."},
                new Object[] {with(good(), "title", "x".repeat(301)), "ne doit pas dépasser 300 caractères"},
                new Object[] {with(good(), "participationFr", "x".repeat(2001)), "ne doivent pas dépasser 2000 caractères"},
                new Object[] {with(good(), "periodEnd", year + "-01-01"), "La fin de la période du plan doit suivre son début."},
                new Object[] {with(good(), "periodEnd", (year - 3) + "-12-31"), "La fin de la période du plan doit suivre son début."},
                new Object[] {with(good(), "periodStart", "01/01/" + year), "n'est pas une date valide"},
                new Object[] {with(good(), "periodStart", year + "-02-30"), "n'est pas une date valide"},
                new Object[] {with(good(), "periodStart", "+10000-01-01"), "n'est pas une date valide"},
                new Object[] {with(good(), "periodStart", ""), "Indiquez le début de la période du plan."},
                new Object[] {with(good(), "phaseStarts[REVISION]", y + "-13-01"), "n'est pas une date valide"},
                new Object[] {with(good(), "phaseEnds[REVISION]", ""), "Indiquez le début et la fin de la phase « Révision des fiches »"},
                new Object[] {with(good(), "phaseEnds[REVISION]", y + "-10-25"), "La fin de la phase « Révision des fiches » précède son début."},
                new Object[] {with(good(), "phaseStarts[CALL_FOR_COMMITMENTS]", (year - 3) + "-09-01"), "hors de la période du plan"},
                new Object[] {with(good(), "phaseEnds[REVISION]", (year + 5) + "-01-01"), "hors de la période du plan"},
                new Object[] {with(good(), "phaseStarts[COMMITTEE_REVIEW]", y + "-09-30"), "doit commencer après la fin de la phase « Appel à engagements »"},
                new Object[] {with(with(good(), "phaseStarts[RANKING]", y + "-08-01"), "phaseEnds[RANKING]", y + "-08-15"), "doit commencer après la fin de la phase « Révision des fiches »"},
                new Object[] {with(good(), "phaseStarts[NOT_A_PHASE]", y + "-08-01"), "Champ inconnu du formulaire"},
                new Object[] {with(good(), "deadlines[PUBLIC_CONSULTATION]", y + "-12-01"), "Champ inconnu du formulaire"},
                new Object[] {with(good(), "deadlines[REVISION]", y + "-10-20"), "doit suivre l'échéance « Remarques du comité"},
                new Object[] {with(good(), "deadlines[REVIEW_COMMENTS]", y + "-09-30"), "doit suivre la fin de l'appel à engagements"},
                new Object[] {with(good(), "deadlines[ASSESSMENT]", "demain"), "n'est pas une date valide"});
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked") Map<String, String> form = (Map<String, String>) c[0];
            assertRefused(create(form), 400, (String) c[1]);
        }
        assertThat(plans.findByCode(code)).isEmpty();
        assertThat(plans.findByCode("PAN3").orElseThrow().title()).startsWith("Troisième Plan d'Action National");

        HttpResponse<String> repeated = secretariat.post("/app/plans", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("code=" + code + "&code=" + code + "X&title=a"
                        + "&periodStart=" + year + "-01-01&periodEnd=" + (year + 1) + "-12-31&_csrf="
                        + secretariat.csrfToken("/app/plans/nouveau")));
        assertRefused(repeated, 400, "envoyé deux fois");
        assertThat(plans.findByCode(code)).isEmpty();

        assertThat(create(good()).statusCode()).isEqualTo(302);
        assertRefused(create(good()), 400, "Le code " + code + " est déjà celui d'un autre plan");
        Map<String, String> overlapping = with(good(), "phaseStarts[COMMITTEE_REVIEW]", y + "-10-10");
        assertRefused(update(overlapping), 400, "sans se chevaucher");
        assertThat(plans.findPhases(plans.getByCode(code).id())).extracting(PlanPhase::startsOn)
                .as("a refused edit keeps the plan as it was").contains(LocalDate.of(y, 10, 16));
    }

    @Test
    void theCoCreationStartsOnlyWithItsDeadlines() {
        Map<String, String> form = with(good(), "deadlines[REVIEW_COMMENTS]", "");
        form.put("deadlines[REVISION]", "");
        assertThat(create(form).statusCode()).isEqualTo(302);
        assertThat(publish().statusCode()).isEqualTo(302);
        assertRefused(start(), 400, "fixez l'échéance « Remarques du comité sur les engagements proposés » et"
                + " l'échéance « Mise à jour des fiches par les institutions »");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void aPlanWhoseCoCreationRunsWithoutARecordedStartIsReadOnlyToo() {
        assertThat(create(good()).statusCode()).isEqualTo(302);
        ActionPlan plan = plans.getByCode(code);
        runtime.createProcessInstanceByKey(Processes.ACTION_PLAN_COCREATION).businessKey(code)
                .setVariable("planId", plan.id()).execute();
        assertThat(setup.stage(plan)).isEqualTo(PlanStage.RUNNING);
        assertRefused(update(good()), 409, "ne peut plus être modifié : co-création en cours");
    }

    @Test
    void onlyTheSecretariatOrAnAdminSetsUpAPlan() {
        assertThat(new Visitor(port).loggedInAs("admin", "admin").get("/app/plans/nouveau").statusCode()).isEqualTo(200);
        HttpResponse<String> toLogin = anonymous.get("/app/plans/nouveau");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(create(good()).statusCode()).isEqualTo(302);

        for (String login : List.of("hbennani", "kelouazzani")) {
            Visitor other = new Visitor(port).loggedInAs(login, "demo");
            assertThat(other.get("/app").body()).as(login).doesNotContain("/app/plans/nouveau");
            assertThat(other.get("/app/plans/nouveau").statusCode()).as(login).isEqualTo(403);
            assertThat(other.get("/app/plans/" + code + "/modifier").statusCode()).as(login).isEqualTo(403);
            String token = other.csrfToken("/app");
            Map<String, String> renamed = with(good(), "code", code + "X");
            assertThat(other.post("/app/plans", renamed, token).statusCode()).as(login).isEqualTo(403);
            assertThat(other.post("/app/plans/" + code, with(good(), "title", "Pris"), token).statusCode()).isEqualTo(403);
            assertThat(other.post("/app/plans/" + code + "/publication", Map.of(), token).statusCode()).isEqualTo(403);
            assertThat(other.post("/app/plans/" + code + "/lancement", Map.of(), token).statusCode()).isEqualTo(403);
            assertThat(other.get("/app/plans/" + code).body()).as(login).doesNotContain("Publier le calendrier");
        }
        assertThat(anonymous.post("/app/plans/" + code + "/publication", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(secretariat.post("/app/plans", with(good(), "code", code + "Y"), null).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(secretariat.post("/app/plans/" + code + "/publication", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(plans.findByCode(code + "X")).isEmpty();
        assertThat(plans.findByCode(code + "Y")).isEmpty();
        assertThat(plans.getByCode(code).title()).isEqualTo("Quatrième Plan d'Action National");
        assertThat(setup.stage(plans.getByCode(code))).isEqualTo(PlanStage.DRAFT);
    }

    @Test
    void theTimelineIsPublicInEachLanguageWithItsOpenData() {
        assertThat(create(with(good(), "participationFr", "Écrivez au secrétariat : ogp@example.org")).statusCode())
                .isEqualTo(302);
        String draftCode = code;
        code = "U" + System.nanoTime() % 1_000_000_000L;
        Map<String, String> later = with(good(), "periodStart", year + "-06-01");
        later.put("periodEnd", (year + 3) + "-12-31");
        assertThat(create(later).statusCode()).as("a draft with a later period").isEqualTo(302);
        String laterDraft = code;
        code = draftCode;
        assertThat(publish().statusCode()).isEqualTo(302);

        String page = HtmlUtils.htmlUnescape(anonymous.get("/calendrier?lang=fr").body());
        assertThat(page).as("the current plan: the public one with the latest period, not a later draft")
                .contains("Calendrier de la co-création – " + code, "Quatrième Plan d'Action National",
                        "Appel à engagements", "1 septembre " + (year - 1), "Examen par le comité de pilotage",
                        "Remarques du comité sur les engagements proposés", "le 20 octobre " + (year - 1) + " à 23h59",
                        "Comment participer", "Écrivez au secrétariat : ogp@example.org",
                        "/donnees/" + code + "/calendrier.csv", "/calendrier?plan=PAN3")
                .doesNotContain(laterDraft);
        String arabic = anonymous.get("/calendrier?plan=" + code + "&lang=ar").body();
        assertThat(HtmlUtils.htmlUnescape(arabic)).contains("dir=\"rtl\"", "الدعوة إلى تقديم الالتزامات", "كيف تشارك",
                "lang=\"fr\"");
        assertThat(anonymous.get("/calendrier?plan=" + code + "&lang=en").body())
                .contains("Co-creation timeline", "Call for commitments", "How to take part");
        assertThat(anonymous.get("/calendrier?plan=PAN3").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/calendrier?plan=" + laterDraft).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/calendrier?plan=NOPE").statusCode()).isEqualTo(404);

        HttpResponse<String> csv = anonymous.get("/donnees/" + code + "/calendrier.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/csv", "UTF-8"));
        int y = year - 1;
        assertThat(csv.body()).isEqualTo(String.join(",", PublicTimelineController.COLUMNS) + "\r\n"
                + code + ",phase,CALL_FOR_COMMITMENTS,Appel à engagements," + y + "-09-01," + y + "-10-15\r\n"
                + code + ",phase,COMMITTEE_REVIEW,Examen par le comité de pilotage," + y + "-10-16," + y + "-10-31\r\n"
                + code + ",phase,REVISION,Révision des fiches," + y + "-11-01," + y + "-11-10\r\n"
                + code + ",deadline,REVIEW_COMMENTS,Remarques du comité sur les engagements proposés,," + y + "-10-20\r\n"
                + code + ",deadline,REVISION,Mise à jour des fiches par les institutions,," + y + "-11-05\r\n");
        HttpResponse<String> json = anonymous.get("/donnees/" + code + "/calendrier.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).startsWith("[{\"plan\":\"" + code + "\",\"item\":\"phase\",\"code\":\"CALL_FOR_COMMITMENTS\"")
                .contains("{\"plan\":\"" + code + "\",\"item\":\"deadline\",\"code\":\"REVISION\","
                        + "\"label\":\"Mise à jour des fiches par les institutions\",\"starts_on\":null,\"ends_on\":\"" + y + "-11-05\"}");
        assertThat(anonymous.get("/donnees/" + laterDraft + "/calendrier.json").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/donnees/NOPE/calendrier.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageSaysWhatComesNextInEachLanguageWithOnlyPublicLinksAndItsNotices() {
        assertThat(create(good()).statusCode()).isEqualTo(302);
        assertThat(publish().statusCode()).isEqualTo(302);
        int y = year - 1;

        String french = HtmlUtils.htmlUnescape(anonymous.get("/?lang=fr").body());
        assertThat(french).contains("Où en est la co-création du " + code,
                "Prochaine phase : Appel à engagements, du 1 septembre " + y + " au 15 octobre " + y + ".",
                "href=\"/calendrier?plan=" + code + "\"", "href=\"/consultation\"", "href=\"/confidentialite\"",
                "href=\"/accessibilite\"", "mailto:")
                .doesNotContain("Phase en cours", "/app", "/camunda", "Modération", "Cockpit", "Tasklist");
        assertThat(HtmlUtils.htmlUnescape(anonymous.get("/?lang=ar").body())).contains("dir=\"rtl\"",
                "المرحلة المقبلة: الدعوة إلى تقديم الالتزامات");
        assertThat(anonymous.get("/?lang=en").body()).contains("Next phase: Call for commitments, from 1 September " + y);

        for (String notice : List.of("/confidentialite", "/accessibilite")) {
            for (String lang : List.of("fr", "ar", "en")) {
                HttpResponse<String> page = anonymous.get(notice + "?lang=" + lang);
                assertThat(page.statusCode()).as(notice + " " + lang).isEqualTo(200);
                assertThat(page.body()).as(notice + " " + lang).contains("lang=\"" + lang + "\"", "mailto:");
            }
        }
        assertThat(HtmlUtils.htmlUnescape(anonymous.get("/confidentialite?lang=fr").body()))
                .contains("loi n° 09-08", "il n'est jamais publié");
    }

    /** A plan whose co-creation runs in the autumn before its period. */
    private Map<String, String> good() {
        int y = year - 1;
        Map<String, String> form = new HashMap<>(Map.of("code", code, "title", "Quatrième Plan d'Action National",
                "periodStart", year + "-01-01", "periodEnd", (year + 3) + "-12-31",
                "phaseStarts[CALL_FOR_COMMITMENTS]", y + "-09-01", "phaseEnds[CALL_FOR_COMMITMENTS]", y + "-10-15",
                "phaseStarts[COMMITTEE_REVIEW]", y + "-10-16", "phaseEnds[COMMITTEE_REVIEW]", y + "-10-31",
                "phaseStarts[REVISION]", y + "-11-01", "phaseEnds[REVISION]", y + "-11-10"));
        form.put("deadlines[REVIEW_COMMENTS]", y + "-10-20");
        form.put("deadlines[REVISION]", y + "-11-05");
        form.put("participationFr", "");
        return form;
    }

    private HttpResponse<String> create(Map<String, String> form) {
        return secretariat.submit("/app/plans/nouveau", "/app/plans", form, true);
    }

    private HttpResponse<String> update(Map<String, String> form) {
        return secretariat.submit("/app/plans/" + code, "/app/plans/" + code, form, true);
    }

    private HttpResponse<String> publish() {
        return secretariat.submit("/app/plans/" + code, "/app/plans/" + code + "/publication", Map.of(), true);
    }

    private HttpResponse<String> start() {
        return secretariat.submit("/app/plans/" + code, "/app/plans/" + code + "/lancement", Map.of(), true);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(message).isEqualTo(status);
        // the form's random CSRF token may spell anything, "SQL" included
        assertThat(HtmlUtils.htmlUnescape(response.body()).replaceAll("<input[^>]*name=\"_csrf\"[^>]*>", ""))
                .as(status + " " + message).contains(message).doesNotContain("Exception", "SQL");
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new HashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private static Instant endOfDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(23, 59).atZone(ZoneId.of("Africa/Casablanca")).toInstant();
    }
}
