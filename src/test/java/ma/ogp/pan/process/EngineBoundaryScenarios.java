package ma.ogp.pan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.review.ReviewService;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The boundary between people and the engine (issue 10), over real HTTP as the demo's people, on H2 and PostgreSQL:
 * each refusal is a 4xx with a French message, and nothing is stored, routed or run.
 */
@PanIntegrationTest
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext
abstract class EngineBoundaryScenarios {

    static final String[] ADMIN = {"admin", "admin"};
    static final String[] SECRETARIAT = {"oelmoustamide", "demo"};
    static final String[] MSISF = {"aameziane", "demo"};
    static final String[] JUSTICE = {"mjerdani", "demo"};
    static final String MEMBER = "ssallahi";
    static final String[] MEMBER_LOGIN = {MEMBER, "demo"};

    static final String FICHE = """
            "title":{"value":"Registre public des subventions"},
            "problem":{"value":"Les subventions aux associations ne sont pas publiées"},
            "proposedSolution":{"value":"Publier un registre ouvert"},
            "ogpValues":{"value":"[\\"TRANSPARENCY\\"]","type":"Json"},
            "activities":{"value":"[{\\"title\\":\\"Ouvrir le registre\\",\\"startDate\\":\\"2024-09-01\\",\\"endDate\\":\\"2025-06-30\\",\\"deliverable\\":\\"Registre\\"}]","type":"Json"},
            "indicators":{"value":"[{\\"description\\":\\"Subventions publiées\\"}]","type":"Json"}""";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired CommitmentRepository commitments;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired ReviewService reviews;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} : {1}")
    @MethodSource("ma.ogp.pan.process.EngineAccessMatrix#cases")
    void eachRoleGetsWhatItMayDo(String roleName, String label, EngineAccessMatrix.Role role,
                                 EngineAccessMatrix.Operation operation, EngineAccessMatrix.Expect expected) {
        String self = role.login() == null ? "admin" : role.login();
        String path = "/engine-rest/" + operation.path().replace("{self}", self);
        String body = operation.body() == null ? null : operation.body().replace("{self}", self);
        HttpResponse<String> response = role.login() == null ? http.json(operation.method(), path, body)
                : http.json(operation.method(), path, body, role.login(), role.password());
        int status = response.statusCode();
        switch (expected) {
            case OK -> assertThat(status).as(response.body()).isBetween(200, 299);
            case UNAUTHORIZED -> assertThat(status).isEqualTo(401);
            case FORBIDDEN -> assertThat(status).as(response.body()).isEqualTo(403);
            case BAD_REQUEST -> assertThat(status).as(response.body()).isEqualTo(400);
            case NOT_FOUND -> assertThat(status).as(response.body()).isEqualTo(404);
            case PASSES -> assertThat(status).as(response.body()).isNotIn(401, 403).isLessThan(500);
        }
        assertThat(response.body()).doesNotContain("SELECT ", "INSERT ", "java.", "org.camunda");
    }

    @Test
    void aTypedObjectIsRefusedEverywhereAndNothingRuns(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path trace = dir.resolve("pwned");
        String dataSource = """
                "x":{"type":"Object","value":"{\\"driverClassName\\":\\"org.h2.Driver\\",\\"url\\":\\"jdbc:h2:file:%s\\"}",
                "valueInfo":{"objectTypeName":"org.springframework.jdbc.datasource.DriverManagerDataSource",
                "serializationDataFormat":"application/json"}}""".formatted(trace.toString().replace("\\", "/"));
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("commitment-lifecycle").count();

        HttpResponse<String> start = startFiche(MSISF, FICHE + "," + dataSource);
        assertThat(start.statusCode()).isEqualTo(400);
        assertThat(start.body()).contains("Champ inconnu du formulaire", "(x)").doesNotContain("org.springframework");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("commitment-lifecycle").count())
                .isEqualTo(before);

        String instance = submittedLifecycle();
        Task review = reviewTask(instance, MEMBER);
        HttpResponse<String> complete = http.postJson("/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\":{\"observationText\":{\"value\":\"{}\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"a\"}}}}",
                MEMBER_LOGIN);
        assertThat(complete.statusCode()).isEqualTo(400);
        assertThat(complete.body()).contains("Type de valeur refusé (observationText)");
        for (String[] who : List.of(SECRETARIAT, ADMIN)) {
            HttpResponse<String> put = http.json("PUT", "/engine-rest/process-instance/" + instance + "/variables/x",
                    dataSource.substring(dataSource.indexOf(':') + 1), who);
            assertThat(put.statusCode()).isEqualTo(403);
        }
        assertThat(runtime.getVariable(instance, "x")).isNull();
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(Files.exists(dir.resolve("pwned.mv.db"))).isFalse();
    }

    @Test
    void aReviewAcceptsOnlyItsFormsFields() {
        String instance = submittedLifecycle();
        long commitmentId = ((Number) runtime.getVariable(instance, "commitmentId")).longValue();
        Task review = reviewTask(instance, MEMBER);
        Map<String, String> steering = Map.of(
                "reviewer", "{\"value\":\"hbennani\"}",
                "reviewers", "{\"value\":\"[\\\"ssallahi\\\"]\",\"type\":\"Json\"}",
                "focalPointsGroup", "{\"value\":\"focal-points-mj\"}",
                "planId", "{\"value\":999}",
                "reviewRound", "{\"value\":-5}",
                "commitmentId", "{\"value\":1}",
                "anythingNew", "{\"value\":\"x\"}");
        steering.forEach((name, value) -> {
            HttpResponse<String> refused = completeReview(review, "\"observationText\":{\"value\":\"Avis\"},\""
                    + name + "\":" + value);
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(refused.body()).as(name).contains("Champ inconnu du formulaire", "(" + name + ")");
        });
        assertThat(reviews.observationLines(commitmentId)).isEmpty();
        assertThat(runtime.getVariable(instance, "focalPointsGroup")).isEqualTo("focal-points-msisf");

        // a read-only field sent back as Tasklist does is ignored: it never overwrites the server's value
        HttpResponse<String> done = completeReview(review, "\"observationText\":{\"value\":\"Préciser le calendrier\"},"
                + "\"recommendedDecision\":{\"value\":\"REVISE\"},"
                + "\"reference\":{\"value\":\"PAN3-10\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reviews.observationLines(commitmentId)).singleElement().asString().contains("Préciser le calendrier");
        assertThat(reviews.missingReviewers(commitmentId)).doesNotContain(MEMBER);
    }

    @Test
    void hostileValuesInAFormAreRefusedWithTheirField() {
        String instance = submittedLifecycle();
        Task review = reviewTask(instance, MEMBER);
        Map<String, String> hostile = Map.ofEntries(
                Map.entry("\"observationText\":{\"value\":\"" + "a".repeat(4001) + "\"}", "trop long"),
                Map.entry("\"observationText\":{\"value\":\"" + "\uD83D\uDE00".repeat(4000) + "\"}", "trop long"),
                Map.entry("\"observationText\":{\"value\":42,\"type\":\"Integer\"}", "Type de valeur refusé"),
                Map.entry("\"observationText\":{\"value\":true}", "Texte attendu"),
                Map.entry("\"observationText\":{\"value\":\"{}\",\"type\":\"Json\"}", "Type de valeur refusé"),
                Map.entry("\"observationText\":{\"value\":\"2024-01-01T00:00:00.000+0000\",\"type\":\"Date\"}",
                        "Type de valeur refusé"),
                Map.entry("\"observationText\":{\"value\":\"a\\u0000b\"}", "Caractère de contrôle"),
                Map.entry("\"suggestions\":{\"value\":\"[not json\",\"type\":\"Json\"}", "JSON illisible"),
                Map.entry("\"suggestions\":{\"value\":\"[\\\"DROP_TABLE\\\"]\",\"type\":\"Json\"}", "Valeur inconnue"),
                Map.entry("\"suggestions\":{\"value\":[\"REWORD_TITLE\"]}", "Liste attendue en JSON"),
                Map.entry("\"recommendedDecision\":{\"value\":\"PUBLISH_ALL\"}", "Valeur inconnue"),
                Map.entry("\"observationText\":{\"value\":\"a\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\"}}",
                        "Type de valeur refusé"),
                Map.entry("\"observationText\":\"nu\"", "Champ illisible"));
        hostile.forEach((variables, message) -> {
            HttpResponse<String> refused = completeReview(review, variables);
            assertThat(refused.statusCode()).as(variables).isEqualTo(400);
            assertThat(refused.body()).as(variables).contains(message)
                    .doesNotContain("INSERT", "Exception", "java.", "org.");
        });
        HttpResponse<String> notJson = http.json("POST", "/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\":", MEMBER_LOGIN);
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> steering = http.postJson("/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\":{},\"skipCustomListeners\":true}", MEMBER_LOGIN);
        assertThat(steering.statusCode()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
    }

    @Test
    void aFocalPointCannotStartALifecycleOnAnotherInstitutionsCommitment() {
        long msisfCommitment = commitments.findByReference("PAN3-10").orElseThrow().id();
        HttpResponse<String> withId = startFiche(JUSTICE, FICHE + ",\"commitmentId\":{\"value\":" + msisfCommitment + "}");
        assertThat(withId.statusCode()).isEqualTo(400);
        assertThat(withId.body()).contains("(commitmentId)");
        HttpResponse<String> withKey = http.postJson("/engine-rest/process-definition/key/commitment-lifecycle/start",
                "{\"businessKey\":\"PAN3-10\",\"variables\":{" + FICHE + "}}", JUSTICE);
        assertThat(withKey.statusCode()).isEqualTo(400);
        assertThat(withKey.body()).contains("(businessKey)");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PAN3-10").count()).isZero();

        // a commitment has one lifecycle, whoever starts it: the database refuses a second one
        lifecycle.start(msisfCommitment);
        assertThatThrownBy(() -> lifecycle.start(msisfCommitment)).hasMessageContaining("déjà son cycle de vie");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PAN3-10").count()).isOne();

        // her own institution's fiche: a new commitment led by the Ministry of Justice
        HttpResponse<String> own = startFiche(JUSTICE, FICHE);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void peopleChangeTheirPasswordNotTheirProfileOrAccount() {
        HttpResponse<String> rename = http.json("PUT", "/engine-rest/user/" + MEMBER + "/profile",
                "{\"id\":\"" + MEMBER + "\",\"firstName\":\"Ouiame\",\"lastName\":\"EL MOUSTAMIDE\",\"email\":\"x@example.org\"}",
                MEMBER_LOGIN);
        assertThat(rename.statusCode()).isEqualTo(403);
        assertThat(http.json("DELETE", "/engine-rest/user/" + MEMBER, null, MEMBER_LOGIN).statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(MEMBER).singleResult().getLastName()).isEqualTo("SALLAHI");
        assertThat(http.json("PUT", "/engine-rest/user/" + MEMBER + "/credentials",
                "{\"password\":\"demo\",\"authenticatedUserPassword\":\"demo\"}", MEMBER_LOGIN).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aMemberCannotEndHerReviewWithAnError() {
        Task review = reviewTask(submittedLifecycle(), MEMBER);
        HttpResponse<String> error = http.postJson("/engine-rest/task/" + review.getId() + "/bpmnError",
                "{\"errorCode\":\"x\"}", MEMBER_LOGIN);
        assertThat(error.statusCode()).isEqualTo(403);
        assertThat(error.body()).contains("viennent de l'application");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
    }

    @Test
    void theWebappsEngineApiHoldsASignedInPersonToHerForm() {
        String instance = submittedLifecycle();
        long commitmentId = ((Number) runtime.getVariable(instance, "commitmentId")).longValue();
        Task review = reviewTask(instance, MEMBER);
        String submit = "/camunda/api/engine/engine/default/task/" + review.getId() + "/submit-form";
        assertThat(new Visitor(port).post(submit, "application/json",
                HttpRequest.BodyPublishers.ofString("{}")).statusCode()).isIn(401, 403);

        Visitor tasklist = new Visitor(port);
        assertThat(tasklist.loginToWebapps(MEMBER, "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> steering = tasklist.postJsonToWebapps(submit,
                "{\"variables\":{\"observationText\":{\"value\":\"Avis\"},\"reviewer\":{\"value\":\"hbennani\"}}}");
        assertThat(steering.statusCode()).isEqualTo(400);
        assertThat(steering.body()).contains("(reviewer)");
        assertThat(reviews.observationLines(commitmentId)).isEmpty();

        HttpResponse<String> done = tasklist.postJsonToWebapps(submit, "{\"variables\":{"
                + "\"observationText\":{\"value\":\"Vu dans Tasklist\"},\"recommendedDecision\":{\"value\":\"ACCEPT\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reviews.observationLines(commitmentId)).singleElement().asString().contains("Vu dans Tasklist");
    }

    private HttpResponse<String> startFiche(String[] who, String variables) {
        return http.postJson("/engine-rest/process-definition/key/commitment-lifecycle/submit-form",
                "{\"variables\":{" + variables + "}}", who);
    }

    /** A new fiche of MSISF, submitted by its focal point as in Tasklist: its review tasks are open. */
    private String submittedLifecycle() {
        HttpResponse<String> started = startFiche(MSISF, FICHE);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private Task reviewTask(String instance, String reviewer) {
        return tasks.createTaskQuery().processInstanceId(instance).taskAssignee(reviewer).singleResult();
    }

    private HttpResponse<String> completeReview(Task review, String variables) {
        return http.postJson("/engine-rest/task/" + review.getId() + "/complete", "{\"variables\":{" + variables + "}}",
                MEMBER_LOGIN);
    }
}
