package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Security by default, checked over real HTTP; run on H2 and on PostgreSQL by the subclasses. The engine REST API
 * and the webapps address the engine named "default", so these contexts use that name and close after their class.
 */
@PanIntegrationTest
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext
abstract class SecurityScenarios {

    static final String[] ADMIN = {"admin", "admin"};
    static final String[] SECRETARIAT = {"oelmoustamide", "demo"};
    static final String[] MSISF_FOCAL_POINT = {"aameziane", "demo"};
    static final String[] CIVIL_SOCIETY_MEMBER = {"ssallahi", "demo"};
    static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

    /** What Tasklist sends for a revised fiche: lists as JSON variables. */
    static final String REVISED_FICHE = """
            {"variables":{
              "title":{"value":"Plan de communication pour l'égalité"},
              "problem":{"value":"Problème reformulé"},
              "proposedSolution":{"value":"Indicateurs publiés et mécanisme de participation"},
              "ogpValues":{"value":"[\\"TRANSPARENCY\\"]","type":"Json"},
              "activities":{"value":"[{\\"title\\":\\"Publier les indicateurs\\",\\"startDate\\":\\"2024-09-01\\",\\"endDate\\":\\"2025-06-30\\",\\"deliverable\\":\\"Tableau de bord\\"}]","type":"Json"},
              "indicators":{"value":"[{\\"description\\":\\"Nombre d'indicateurs publiés\\"}]","type":"Json"}}}""";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired CommitmentRepository commitments;
    @Autowired CommitteeRepository committee;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void engineRestNeedsValidCredentials() {
        assertThat(http.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", SECRETARIAT[0], "wrong").statusCode()).isEqualTo(401);
        // one mistake does not delay the right password (Camunda's own throttling did; see LoginThrottle)
        assertThat(http.get("/engine-rest/task", SECRETARIAT).statusCode()).isEqualTo(200);
    }

    @Test
    void aCommitteeMemberNeitherSeesNorCompletesAnotherGroupsTask() {
        Task task = revisionTaskOf("PAN3-10");
        String byProcess = "/engine-rest/task?processInstanceId=" + task.getProcessInstanceId();

        assertThat(http.get(byProcess, CIVIL_SOCIETY_MEMBER).body()).isEqualTo("[]");
        assertThat(http.get("/engine-rest/task/" + task.getId(), CIVIL_SOCIETY_MEMBER).statusCode()).isIn(403, 404);
        HttpResponse<String> complete = http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}",
                CIVIL_SOCIETY_MEMBER);
        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(complete.body()).contains("TASK_WORK");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        // the institution's own focal point sees it, reads its form and submits a revised fiche
        assertThat(http.get(byProcess, MSISF_FOCAL_POINT).body()).contains(task.getId());
        assertThat(http.get("/engine-rest/task/" + task.getId() + "/deployed-form", MSISF_FOCAL_POINT).body())
                .contains("\"id\": \"commitment-revision\"");
        // a fiche without title is refused with a 400 naming the field; the task stays
        for (String action : new String[] {"/complete", "/submit-form"}) {
            HttpResponse<String> refused = http.postJson("/engine-rest/task/" + task.getId() + action,
                    REVISED_FICHE.replace("Plan de communication pour l'égalité", " "), MSISF_FOCAL_POINT);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Le titre est obligatoire (title)");
        }
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", REVISED_FICHE, MSISF_FOCAL_POINT)
                .statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(commitments.findByReference("PAN3-10").orElseThrow().currentVersionNo()).isEqualTo(2);
    }

    /**
     * Each member of the committee gets a review task of her own; her colleagues, in her group or not, neither see it
     * in any Tasklist query nor act on it (queries check revokes too: authorization-check-revokes).
     */
    @Test
    void aCommitteeMemberSeesAndWorksOnHerOwnReviewTaskOnly() {
        String member = CIVIL_SOCIETY_MEMBER[0];
        long id = commitments.findByReference("PAN3-12").orElseThrow().id();
        String instance = runtime.createProcessInstanceByKey("commitment-lifecycle").businessKey("PAN3-12")
                .setVariables(Map.of("commitmentId", id, "planId", commitments.getById(id).planId(),
                        "focalPointsGroup", "focal-points-msisf"))
                .startBeforeActivity("Task_SelectReviewers")
                .execute().getId();
        List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance).list();
        Task hers = reviews.stream().filter(t -> member.equals(t.getAssignee())).findFirst().orElseThrow();
        List<Task> others = reviews.stream().filter(t -> t != hers).toList();
        assertThat(others).hasSizeGreaterThan(1).allSatisfy(t -> assertThat(t.getAssignee()).isNotNull());

        assertThat(http.get("/engine-rest/task/count?processInstanceId=" + instance, CIVIL_SOCIETY_MEMBER).body())
                .isEqualTo("{\"count\":1}");
        List<String> seen = new java.util.ArrayList<>(List.of(
                http.get("/engine-rest/task?processInstanceId=" + instance, CIVIL_SOCIETY_MEMBER).body(),
                http.get("/engine-rest/task?assignee=" + member, CIVIL_SOCIETY_MEMBER).body(),
                http.get("/engine-rest/task?maxResults=1000", CIVIL_SOCIETY_MEMBER).body()));
        for (var filter : filters.createFilterQuery().list()) {
            seen.add(http.postJson("/engine-rest/filter/" + filter.getId() + "/list?maxResults=1000",
                    "{\"processInstanceId\":\"" + instance + "\"}", CIVIL_SOCIETY_MEMBER).body());
        }
        assertThat(seen.get(0)).contains(hers.getId());
        for (Task other : others) {
            assertThat(seen).allSatisfy(body -> assertThat(body).doesNotContain(other.getId()));
            assertThat(http.get("/engine-rest/task/" + other.getId(), CIVIL_SOCIETY_MEMBER).statusCode()).isIn(403, 404);
        }

        Task theirs = others.get(0);
        for (String[] action : new String[][] {{"/claim", "{\"userId\":\"" + member + "\"}"}, {"/unclaim", "{}"},
                {"/assignee", "{\"userId\":\"" + member + "\"}"}, {"/complete", "{\"variables\":{}}"},
                {"/submit-form", "{\"variables\":{}}"}}) {
            assertThat(http.postJson("/engine-rest/task/" + theirs.getId() + action[0], action[1], CIVIL_SOCIETY_MEMBER)
                    .statusCode()).as(action[0]).isEqualTo(403);
        }
        assertThat(tasks.createTaskQuery().taskId(theirs.getId()).singleResult().getAssignee())
                .isEqualTo(theirs.getAssignee());
        assertThat(http.get("/engine-rest/task/" + hers.getId(), CIVIL_SOCIETY_MEMBER).statusCode()).isEqualTo(200);
        runtime.deleteProcessInstance(instance, "test");
    }

    @Test
    void setupEndpointIsRefusedWhileUsersExistEvenWithoutDirectAdminMember() {
        String intruder = """
                {"profile":{"id":"intruder","firstName":"I","lastName":"N","email":"i@example.org"},
                 "credentials":{"password":"intruder1"}}""";
        HttpResponse<String> refused = http.postJson("/camunda/api/admin/setup/default/user/create", intruder);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Initial setup is disabled");

        identity.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
        try {
            assertThat(http.postJson("/camunda/api/admin/setup/default/user/create", intruder).statusCode())
                    .isEqualTo(403);
        } finally {
            identity.createMembership("admin", Groups.CAMUNDA_ADMIN);
        }
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void onlyAdminsCreateTaskFilters() {
        String filter = """
                {"resourceType":"Task","name":"Évaluer une expression","query":{"assigneeExpression":"${currentUser()}"}}""";
        assertThat(http.postJson("/engine-rest/filter/create", filter, SECRETARIAT).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/engine-rest/filter/create", filter, CIVIL_SOCIETY_MEMBER).statusCode()).isEqualTo(403);
        HttpResponse<String> created = http.postJson("/engine-rest/filter/create", filter, ADMIN);
        assertThat(created.statusCode()).isEqualTo(200);
        filters.deleteFilter(filters.createFilterQuery().filterName("Évaluer une expression").singleResult().getId());
    }

    @Test
    void everyGroupReadsTheSharedTasklistFilters() {
        assertThat(http.get("/engine-rest/filter", CIVIL_SOCIETY_MEMBER).body())
                .contains("Mes tâches", "Tâches de mes groupes", "En retard");
        assertThat(http.get("/engine-rest/filter", MSISF_FOCAL_POINT).body()).contains("Mes tâches");
    }

    @Test
    void staffPagesNeedALoginAndPublicPagesDoNot() {
        HttpResponse<String> anonymous = http.getHtml("/app/plans/PAN3");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(http.get("/api/plans/PAN3/commitments").statusCode()).isEqualTo(401);

        HttpResponse<String> page = http.getHtml("/app/plans/PAN3", SECRETARIAT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Engagements proposés (<span>22</span>)", "Création des &quot;Maisons des Citoyens&quot;");

        assertThat(http.getHtml("/").statusCode()).isEqualTo(200);
        assertThat(http.getHtml("/login").statusCode()).isEqualTo(200);
        // the adopted plan is staff-only until its publication; the public pages say it is not published yet
        assertThat(http.getHtml("/app/plans/PAN3/pan").statusCode()).isEqualTo(302);
        assertThat(http.getHtml("/app/plans/PAN3/pan", SECRETARIAT).statusCode()).isEqualTo(404);
        for (String publicPage : new String[] {"/plan", "/plan.pdf", "/reponses?plan=PAN3"}) {
            HttpResponse<String> notYet = http.getHtml(publicPage);
            assertThat(notYet.statusCode()).as(publicPage).isEqualTo(404);
            assertThat(notYet.body()).as(publicPage).contains("pas encore publié");
        }
    }

    @Test
    void signingInAtTheLoginPageSignsInToTheWebappsToo() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
        HttpResponse<String> login = visitor.post("/login",
                Map.of("username", CIVIL_SOCIETY_MEMBER[0], "password", CIVIL_SOCIETY_MEMBER[1]), visitor.csrfToken("/login"));
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> webapps = visitor.get("/camunda/api/admin/auth/user/default");
        assertThat(webapps.statusCode()).isEqualTo(200);
        assertThat(webapps.body()).contains("\"userId\":\"" + CIVIL_SOCIETY_MEMBER[0] + "\"", "tasklist")
                .doesNotContain("\"admin\"");
    }

    @Test
    void aPersonWhoLeavesIsSignedOutOfTheSessionsSheHasOpen() {
        String leaving = "relmilloud";
        Visitor atLogin = new Visitor(port);
        assertThat(atLogin.post("/login", Map.of("username", leaving, "password", "demo"), atLogin.csrfToken("/login"))
                .statusCode()).isEqualTo(302);
        Visitor atTasklist = new Visitor(port);
        assertThat(atTasklist.loginToWebapps(leaving, "demo").statusCode()).isEqualTo(200);
        for (Visitor signedIn : List.of(atLogin, atTasklist)) {
            assertThat(signedIn.get(WEBAPP_USER).statusCode()).isEqualTo(200);
            assertThat(signedIn.get("/app/plans/PAN3").statusCode()).isEqualTo(200);
        }

        String page = "/app/personnes/" + committee.findPersonByLogin(leaving).orElseThrow().id();
        Visitor secretariat = new Visitor(port).loggedInAs(SECRETARIAT[0], SECRETARIAT[1]);
        assertThat(secretariat.submit(page, page + "/desactivation", Map.of(), true).statusCode()).isEqualTo(200);

        for (Visitor signedIn : List.of(atLogin, atTasklist)) {
            assertThat(signedIn.get(WEBAPP_USER).statusCode()).isEqualTo(404);
            assertThat(signedIn.get("/app/plans/PAN3").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void signingInAtAWebappSignsInToTheApplicationsPagesTooUntilSheSignsOut() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/app/plans/PAN3").statusCode()).isEqualTo(302);
        assertThat(visitor.loginToWebapps(CIVIL_SOCIETY_MEMBER[0], CIVIL_SOCIETY_MEMBER[1]).statusCode()).isEqualTo(200);

        HttpResponse<String> page = visitor.get("/app/plans/PAN3");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("PAN3");
        // her engine groups are her rights there: a committee member is not the secretariat
        assertThat(visitor.get("/app/comptes").statusCode()).isEqualTo(403);

        assertThat(visitor.postJsonToWebapps("/camunda/api/admin/auth/user/default/logout", "{}").statusCode())
                .isEqualTo(200);
        assertThat(visitor.get("/app/plans/PAN3").statusCode()).isEqualTo(302);
    }

    @Test
    void theCommitmentsApiGivesAPageWithItsTotalAndLinks() {
        HttpResponse<String> last = http.get("/api/plans/PAN3/commitments?page=3&size=10", SECRETARIAT);
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.headers().firstValue("X-Total-Count")).hasValue("22");
        assertThat(last.body()).contains("\"PAN3-21\"", "\"PAN3-22\"").doesNotContain("\"PAN3-20\"");
        assertThat(last.headers().firstValue("Link").orElseThrow()).contains("page=2&size=10>; rel=\"prev\"")
                .doesNotContain("next");
        HttpResponse<String> all = http.get("/api/plans/PAN3/commitments", SECRETARIAT);
        assertThat(all.body()).contains("\"PAN3-01\"", "\"PAN3-22\"");
        assertThat(all.headers().firstValue("Link")).isEmpty();
        for (String bad : List.of("size=0", "size=501", "size=abc", "page=x")) {
            HttpResponse<String> refused = http.get("/api/plans/PAN3/commitments?" + bad, SECRETARIAT);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).doesNotContain("java.", "Exception");
        }
    }

    @Test
    void unknownPlanIsA404WithAMessage() {
        HttpResponse<String> missing = http.get("/api/plans/PAN9/commitments", SECRETARIAT);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("PAN9");
    }

    /** Puts the commitment straight at its revision task, as after a REVISE decision. */
    private Task revisionTaskOf(String reference) {
        long id = commitments.findByReference(reference).orElseThrow().id();
        String instance = runtime.createProcessInstanceByKey("commitment-lifecycle").businessKey(reference)
                .setVariables(Map.of("commitmentId", id, "planId", commitments.getById(id).planId(),
                        "focalPointsGroup", "focal-points-msisf", "decision", "REVISE"))
                .startBeforeActivity("Task_ReviseCommitment")
                .execute().getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
