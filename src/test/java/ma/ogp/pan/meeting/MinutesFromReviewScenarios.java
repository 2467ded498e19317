package ma.ogp.pan.meeting;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.meeting.Minutes.CommitmentObservations;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.review.LifecycleFixture;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Observations entered in Tasklist reach the minutes of the meeting recorded on their review round, once; H2 and
 * PostgreSQL.
 */
@PanIntegrationTest
abstract class MinutesFromReviewScenarios {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired CommitmentRepository commitments;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired MinutesService service;
    LifecycleFixture fixture;
    Visitor secretariat;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new LifecycleFixture(plans, committee, commitments);
        secretariat = new Visitor(port).loggedInAs(SECRETARY, "demo");
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void aMeetingOnAReviewRoundListsTheObservationsEnteredInTasklistOnce() throws Exception {
        long reviewed = fixture.commitment(1, "Accès à l'information juridique");
        long other = fixture.commitment(2, "Budget ouvert des communes");
        ProcessInstance first = lifecycle.start(reviewed);
        ProcessInstance second = lifecycle.start(other);
        review(first, GOVERNMENT_MEMBER, "Reformuler le titre : Accès des femmes à l'information juridique.",
                List.of("REWORD_TITLE"));
        review(first, CIVIL_SOCIETY_MEMBERS.get(0), "Ajouter des indicateurs d'impact.", List.of("ADD_INDICATORS"));
        review(second, CIVIL_SOCIETY_MEMBERS.get(1), "Préciser le calendrier.", List.of("DETAIL_CALENDAR"));
        assertThat(service.roundsToDiscuss(fixture.plan)).as("a round still open is not offered").isEmpty();

        for (ProcessInstance instance : List.of(first, second)) {
            runtime.createMessageCorrelation(Processes.REVIEW_WINDOW_CLOSED)
                    .processInstanceId(instance.getId()).correlateAll();
            assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        }
        assertThat(service.roundsToDiscuss(fixture.plan))
                .extracting(RoundToDiscuss::roundNo, RoundToDiscuss::observations, RoundToDiscuss::commitments)
                .containsExactly(tuple(0, 3, 2));
        String page = "/app/reunions?plan=" + fixture.plan.code();
        assertThat(secretariat.get(page).body()).as("the closed round is chosen by default")
                .containsPattern("name=\"rounds\" value=\"0\" checked");

        assertThat(secretariat.submit(page, "/app/reunions", meeting("2024-03-01", "0"), true).statusCode())
                .isEqualTo(302);
        Meeting meeting = service.meetings(fixture.plan).get(0);
        Minutes minutes = service.minutes(meeting.id()).orElseThrow();
        String government = name(GOVERNMENT_MEMBER);
        String civilSociety = name(CIVIL_SOCIETY_MEMBERS.get(0));
        assertThat(minutes.commitments()).extracting(CommitmentObservations::number, CommitmentObservations::reference,
                        CommitmentObservations::title)
                .containsExactly(tuple(1, fixture.reference(reviewed), "Accès à l'information juridique"),
                        tuple(2, fixture.reference(other), "Budget ouvert des communes"));
        assertThat(minutes.commitments().get(0).observations()).extracting(ObservationLine::text, ObservationLine::author)
                .containsExactly(tuple("Reformuler le titre : Accès des femmes à l'information juridique.", government),
                        tuple("Ajouter des indicateurs d'impact.", civilSociety));

        String html = HtmlUtils.htmlUnescape(new Visitor(port).get("/proces-verbaux/" + meeting.id()).body());
        assertThat(html).containsSubsequence("<th scope=\"row\">1</th>", "Accès à l'information juridique",
                "Reformuler le titre", government, "Ajouter des indicateurs d'impact.", civilSociety,
                "<th scope=\"row\">2</th>", "Budget ouvert des communes", "Préciser le calendrier.",
                name(CIVIL_SOCIETY_MEMBERS.get(1)));
        List<Map<String, Object>> rows = new ObjectMapper().readValue(new Visitor(port)
                .get("/donnees/" + fixture.plan.code() + "/proces-verbaux.json").body(), new TypeReference<>() { });
        assertThat(rows).extracting(r -> r.get("meeting_id"), r -> r.get("reference"), r -> r.get("observation"),
                        r -> r.get("author_name"))
                .containsExactly(
                        tuple(meeting.id().intValue(), fixture.reference(reviewed),
                                "Reformuler le titre : Accès des femmes à l'information juridique.", government),
                        tuple(meeting.id().intValue(), fixture.reference(reviewed), "Ajouter des indicateurs d'impact.",
                                civilSociety),
                        tuple(meeting.id().intValue(), fixture.reference(other), "Préciser le calendrier.",
                                name(CIVIL_SOCIETY_MEMBERS.get(1))));

        // a second meeting: nothing left to take, and choosing the round again is refused
        assertThat(service.roundsToDiscuss(fixture.plan)).isEmpty();
        HttpResponse<String> again = secretariat.submit(page, "/app/reunions", meeting("2024-03-08", "0"), true);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(again.body())).contains("n'a aucune observation à reprendre");
        assertThat(secretariat.submit(page, "/app/reunions", meeting("2024-03-08", null), true).statusCode())
                .isEqualTo(302);
        Meeting later = service.meetings(fixture.plan).get(1);
        assertThat(service.minutes(later.id()).orElseThrow().commitments()).isEmpty();
        assertThat(service.minutes(meeting.id()).orElseThrow().commitments().stream()
                .mapToInt(c -> c.observations().size()).sum()).isEqualTo(3);
    }

    @Test
    void aTitleTheRevisionChangedShowsBothTitles() {
        long id = fixture.commitment(3, "Renforcement de la liberté de presse");
        ProcessInstance instance = lifecycle.start(id);
        review(instance, GOVERNMENT_MEMBER, "Réviser le titre.", List.of("REWORD_TITLE"));
        runtime.createMessageCorrelation(Processes.REVIEW_WINDOW_CLOSED).processInstanceId(instance.getId())
                .correlateAll();
        String page = "/app/reunions?plan=" + fixture.plan.code();
        secretariat.submit(page, "/app/reunions", meeting("2024-03-01", "0"), true);
        long meetingId = service.meetings(fixture.plan).get(0).id();
        String before = HtmlUtils.htmlUnescape(new Visitor(port).get("/proces-verbaux/" + meetingId).body());
        assertThat(before).contains("Renforcement de la liberté de presse").doesNotContain("Nouveau titre");

        Task consolidation = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ConsolidateReview").singleResult();
        tasks.claim(consolidation.getId(), SECRETARY);
        tasks.complete(consolidation.getId(), Map.of("decision", "REVISE", "requestedChanges", List.of("REWORD_TITLE")));
        Task revision = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviseCommitment").singleResult();
        tasks.complete(revision.getId(), fiche("Consultation publique sur le code de la presse"));

        CommitmentObservations row = service.minutes(meetingId).orElseThrow().commitments().get(0);
        assertThat(row.title()).isEqualTo("Renforcement de la liberté de presse");
        assertThat(row.newTitle()).isEqualTo("Consultation publique sur le code de la presse");
        assertThat(HtmlUtils.htmlUnescape(new Visitor(port).get("/proces-verbaux/" + meetingId).body()))
                .containsSubsequence("Renforcement de la liberté de presse", "Nouveau titre :",
                        "Consultation publique sur le code de la presse", "Réviser le titre.");
    }

    private void review(ProcessInstance instance, String reviewer, String text, List<String> suggestions) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer).singleResult();
        assertThat(task).hasDefinitionKey("Task_ReviewCommitment");
        tasks.complete(task.getId(), Map.of("observationText", text, "suggestions", suggestions,
                "recommendedDecision", "REVISE"));
    }

    private String name(String login) {
        return committee.findPersonByLogin(login).orElseThrow().displayName();
    }

    private Map<String, String> meeting(String day, String round) {
        Map<String, String> form = new HashMap<>(Map.of("plan", fixture.plan.code(), "heldOn", day,
                "title", "Réunion du comité de pilotage", "remote", "true",
                "attendees", String.valueOf(committee.findPersonByLogin(GOVERNMENT_MEMBER).orElseThrow().id()),
                "agenda", "Observations du comité sur les engagements"));
        if (round != null) {
            form.put("rounds", round);
        }
        return form;
    }

    private static Map<String, Object> fiche(String title) {
        return Map.of("title", title, "problem", "Problème reformulé", "proposedSolution", "Solution détaillée",
                "ogpValues", List.of("TRANSPARENCY"),
                "activities", List.of(Map.of("title", "Consultation en ligne", "startDate", "2025-01-15",
                        "endDate", "2025-04-30", "deliverable", "Rapport de consultation")),
                "indicators", List.of(Map.of("description", "Nombre de contributions reçues")));
    }
}
