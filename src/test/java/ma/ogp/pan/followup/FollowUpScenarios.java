package ma.ogp.pan.followup;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.review.LifecycleFixture;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The secretariat's "who owes what" page and its CSV export, on three commitments: one under review, one waiting for
 * its consolidation, one whose revision is late; H2 and PostgreSQL.
 */
@PanIntegrationTest
abstract class FollowUpScenarios {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired CommitmentRepository commitments;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    LifecycleFixture fixture;
    String underReview;
    String toConsolidate;
    String toRevise;
    Date revisionDue;

    @BeforeEach
    void threeCommitments() {
        fixture = new LifecycleFixture(plans, committee, commitments);
        ProcessInstance first = lifecycle.start(fixture.commitment(1, "Accès à l'information juridique"));
        review(first, GOVERNMENT_MEMBER);
        ProcessInstance second = lifecycle.start(fixture.commitment(2, "Budget ouvert des communes"));
        ProcessInstance third = lifecycle.start(fixture.commitment(3, "Registre des bénéficiaires effectifs"));
        for (String member : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            review(second, member);
            review(third, member);
        }
        tasks.complete(task(third, "Task_ConsolidateReview").getId(), Map.of("decision", "REVISE",
                "requestedChanges", List.of("ADD_INDICATORS"), "decisionReason", "Un indicateur par activité."));
        Task revision = task(third, "Task_ReviseCommitment");
        revisionDue = Date.from(Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES));
        revision.setDueDate(revisionDue);
        tasks.saveTask(revision);
        underReview = fixture.plan.code() + "-01";
        toConsolidate = fixture.plan.code() + "-02";
        toRevise = fixture.plan.code() + "-03";
    }

    @Test
    void theSecretariatSeesWhoOwesAReviewAConsolidationOrARevision() {
        HttpResponse<String> response = new Visitor(port).loggedInAs(SECRETARY, "demo")
                .get("/app/plans/" + fixture.plan.code() + "/suivi");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.body());
        String first = row(page, underReview);
        assertThat(first).contains("Tour 1", "(en cours)", "1 avis reçu(s) sur 3", "Attendus de :",
                "Mme Houdna BENNANI", "M. Souidi SALLAHI", "Association démocratique des femmes du Maroc")
                .doesNotContain("hbennani", "ssallahi", "Consolider");
        String second = row(page, toConsolidate);
        assertThat(second).contains("3 avis reçu(s) sur 3", "(clos)", "Secrétariat (non prise en charge)",
                "href=\"/camunda/app/tasklist/default/#/?task=" + task(toConsolidate, "Task_ConsolidateReview").getId());
        String third = row(page, toRevise);
        assertThat(third).contains("Ministère de la Solidarité, de l'Insertion Sociale et de la Famille",
                "– échéance le " + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                        .format(revisionDue.toInstant().atZone(CASABLANCA)),
                "échéance dépassée", "En retard",
                "href=\"/camunda/app/tasklist/default/#/?task=" + task(toRevise, "Task_ReviseCommitment").getId(),
                "/app/plans/" + fixture.plan.code() + "/engagements/" + toRevise + "/versions");
        assertThat(first).doesNotContain("En retard");
        assertThat(page.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")).contains("Avis reçus dans les tours d'examen en cours : 1 sur 3 attendus",
                "Consolidations en attente du secrétariat : 1", "Révisions en attente des institutions : 1",
                "Engagements avec au moins une échéance dépassée : 1");
    }

    @Test
    void theExportIsASpreadsheetFileWithTheSameFacts() {
        HttpResponse<String> response = new Visitor(port).loggedInAs(SECRETARY, "demo")
                .get("/app/plans/" + fixture.plan.code() + "/suivi.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + fixture.plan.code() + "-suivi.csv\"");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFRéférence,Engagement,Institution porteuse,Statut,Tour d'examen");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(underReview + ",Accès à l'information juridique,")
                .contains(",1 (en cours),1,3,", "Mme Houdna BENNANI (Association démocratique des femmes du Maroc)")
                .endsWith(",non,,,non");
        assertThat(lines.get(2)).contains(",oui – Secrétariat (non prise en charge),");
        assertThat(lines.get(3)).contains(",1 (clos),3,3,,,non,\"Ministère de la Solidarité").endsWith(",oui");
    }

    @Test
    void onlyTheSecretariatSeesIt() {
        Visitor member = new Visitor(port).loggedInAs(CIVIL_SOCIETY_MEMBERS.get(0), "demo");

        assertThat(member.get("/app/plans/" + fixture.plan.code() + "/suivi").statusCode()).isEqualTo(403);
        assertThat(member.get("/app/plans/" + fixture.plan.code() + "/suivi.csv").statusCode()).isEqualTo(403);
        assertThat(new Visitor(port).get("/app/plans/" + fixture.plan.code() + "/suivi").statusCode())
                .as("anonymous: sent to the login page").isEqualTo(302);
        assertThat(new Visitor(port).loggedInAs(SECRETARY, "demo").get("/app/plans/INCONNU/suivi").statusCode())
                .isEqualTo(404);
    }

    /** The page's row of one commitment, from its id to the end of the row. */
    private static String row(String page, String reference) {
        int start = page.indexOf("id=\"" + reference + "\"");
        assertThat(start).as("row of %s", reference).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private void review(ProcessInstance instance, String member) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(member).singleResult()
                .getId(), Map.of("observationText", "Préciser les indicateurs.", "recommendedDecision", "REVISE"));
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task task(String reference, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
    }
}
