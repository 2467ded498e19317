package ma.ogp.pan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.meeting.Minutes.CommitmentObservations;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.SeedFixture;
import ma.ogp.pan.support.UniqueCodes;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The minutes regenerated from the demo data, their public pages and open data, the staff entry; H2 and PostgreSQL. */
@PanIntegrationTest
abstract class MinutesScenarios {

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

    @LocalServerPort int port;
    @Autowired MinutesService service;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired JdbcClient jdbc;
    Minutes minutes;
    Visitor visitor;

    @BeforeEach
    void readTheMinutesOf22February() {
        Meeting meeting = service.meetings(plans.getByCode("PAN3")).stream()
                .filter(m -> m.heldOn().equals(LocalDate.of(2024, 2, 22))).findFirst().orElseThrow();
        minutes = service.minutes(meeting.id()).orElseThrow();
        visitor = new Visitor(port);
    }

    @Test
    void theMinutesOf22FebruaryAreRegeneratedFromTheDemoData() {
        assertThat(minutes.meeting().location()).isEqualTo(SeedFixture.minutesSection("Lieu :").get(0));
        assertThat(minutes.attendees()).extracting(a -> a.name() + ", " + a.organisation())
                .containsExactlyElementsOf(SeedFixture.minutesNames("Participant(e)s :"));
        assertThat(minutes.absentees()).containsExactlyElementsOf(SeedFixture.minutesNames("Absent(e)s :"));
        assertThat(minutes.agenda()).containsExactlyElementsOf(SeedFixture.minutesSection("Ordre du jour :"));
        assertThat(minutes.decisions()).containsExactlyElementsOf(SeedFixture.minutesSection("Points arrêtés:"));
        String seed = flat(SeedFixture.minutes().replaceAll("<[^>]+>", " "));
        assertThat(minutes.discussion()).isNotEmpty().allSatisfy(point -> assertThat(seed).contains(flat(point)));

        List<String> titles = SeedFixture.minutesCommitmentTitles();
        assertThat(titles).hasSize(22);
        assertThat(minutes.commitments()).extracting(CommitmentObservations::title).containsExactlyElementsOf(titles);
        assertThat(minutes.commitments()).extracting(CommitmentObservations::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
        assertThat(minutes.commitments()).allSatisfy(row -> assertThat(row.observations()).isNotEmpty()
                .allSatisfy(o -> assertThat(seed).contains(flat(o.text().lines().findFirst().orElseThrow()))));
    }

    @Test
    void aVisitorReadsTheMinutesWithoutLoginInEachLanguage() {
        HttpResponse<String> list = visitor.get("/proces-verbaux?plan=PAN3");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/proces-verbaux/" + minutes.meeting().id(), "/donnees/PAN3/proces-verbaux.csv");
        assertThat(visitor.get("/proces-verbaux").statusCode()).isEqualTo(200);

        HttpResponse<String> page = visitor.get("/proces-verbaux/" + minutes.meeting().id() + "?lang=fr");
        assertThat(page.statusCode()).isEqualTo(200);
        String text = HtmlUtils.htmlUnescape(page.body());
        assertThat(text).containsIgnoringCase(SeedFixture.minutesSection("Dates des réunions :").get(0))
                .contains("Relevé de conclusions", "<th scope=\"row\">22</th>")
                .containsSubsequence(SeedFixture.minutesNames("Participant(e)s :"))
                .containsSubsequence(SeedFixture.minutesNames("Absent(e)s :"))
                .containsSubsequence(SeedFixture.minutesSection("Ordre du jour :"))
                .containsSubsequence(SeedFixture.minutesCommitmentTitles())
                .containsSubsequence(SeedFixture.minutesSection("Points arrêtés:"));

        String arabic = visitor.get("/proces-verbaux/" + minutes.meeting().id() + "?lang=ar").body();
        assertThat(arabic).contains("dir=\"rtl\"", "جدول الأعمال", "النقاط المتفق عليها", "lang=\"fr\"");
        assertThat(visitor.get("/proces-verbaux/" + minutes.meeting().id() + "?lang=en").body())
                .contains("Agenda", "Points decided", "Attendees");
    }

    @Test
    void anUnknownMeetingGetsA404Page() {
        HttpResponse<String> unknown = visitor.get("/proces-verbaux/987654321?lang=fr");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(HtmlUtils.htmlUnescape(unknown.body())).contains("Procès-verbal introuvable");
        assertThat(visitor.get("/proces-verbaux/pas-un-numero").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/donnees/NOPE/proces-verbaux.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenDataHasOneRowPerObservationAndTheAttendeesWithoutEmails() {
        long id = minutes.meeting().id();
        HttpResponse<String> csv = visitor.get("/donnees/PAN3/proces-verbaux.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/csv", "UTF-8"));
        assertThat(csv.body()).startsWith(String.join(",", MinutesOpenDataController.OBSERVATION_COLUMNS) + "\r\n")
                .contains(id + ",2024-02-22,1,PAN3-01,Programme d'appui aux collectivités territoriales ouvertes,")
                .contains("REWORD_PROBLEM");
        int recorded = jdbc.sql("SELECT COUNT(*) FROM pan_observation WHERE meeting_id = ?").param(id).query(Integer.class).single();
        assertThat(visitor.get("/donnees/PAN3/proces-verbaux.json").body().split("\"observation_id\"")).hasSize(recorded + 1);

        String participants = visitor.get("/donnees/PAN3/proces-verbaux-participants.csv").body();
        assertThat(participants).startsWith(String.join(",", MinutesOpenDataController.PARTICIPANT_COLUMNS) + "\r\n")
                .contains(id + ",2024-02-22,present,Ministère de Transition Numérique et de Réforme de l'Administration,Mme Ouiame EL MOUSTAMIDE")
                .contains(id + ",2024-02-22,absent,Association 4Chabab,");
        assertThat(participants.lines().filter(l -> l.startsWith(id + ",")))
                .hasSize(minutes.attendees().size() + minutes.absentees().size());
        for (String path : List.of("proces-verbaux.csv", "proces-verbaux.json", "proces-verbaux-participants.csv",
                "proces-verbaux-participants.json")) {
            HttpResponse<String> export = visitor.get("/donnees/PAN3/" + path);
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(EMAIL.matcher(export.body()).find()).as(path + " has no e-mail address").isFalse();
        }
    }

    @Test
    void theStaffEntryNeedsTheSecretariat() {
        HttpResponse<String> anonymous = visitor.get("/app/reunions");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(new Visitor(port).loggedInAs("hbennani", "demo").get("/app/reunions").statusCode()).isEqualTo(403);
        assertThat(new Visitor(port).loggedInAs("oelmoustamide", "demo").get("/app/reunions?plan=PAN3").body())
                .contains("Enregistrer une réunion", "Ouiame EL MOUSTAMIDE");
    }

    @Test
    void theSecretariatRecordsAMeetingAndBadInputIsRefusedWhole() {
        ActionPlan plan = plans.insert(new ActionPlan(null, UniqueCodes.of("PV"), "Plan des réunions",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        long member = committee.findPersonByLogin("hbennani").orElseThrow().id();
        committee.assignRole(plan.id(), member, PlanRole.COMMITTEE_CIVIL_SOCIETY);
        long absent = committee.findInstitutionByCode("DGCT").orElseThrow().id();
        long outsider = committee.findPersonByLogin("melamraniomari").orElseThrow().id();
        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        String page = "/app/reunions?plan=" + plan.code();
        Map<String, String> good = new HashMap<>(Map.of("plan", plan.code(), "heldOn", "2024-06-13",
                "title", "Réunion du comité de pilotage", "remote", "true", "attendees", String.valueOf(member),
                "absentees", String.valueOf(absent), "agenda", "- Évaluation des engagements\n\n- Calendrier",
                "decisions", "Réunion suivante en septembre"));

        assertRefused(secretariat, page, with(good, "heldOn", ""), "Indiquez la date de la réunion.");
        assertRefused(secretariat, page, with(good, "heldOn", "13/06/2024"), "n'est pas une date valide");
        assertRefused(secretariat, page, with(good, "heldOn", "2024-06-13'; --"), "n'est pas une date valide");
        assertRefused(secretariat, page, with(good, "heldOn", "+999999999-01-01"), "n'est pas une date valide");
        assertRefused(secretariat, page, with(good, "heldOn", "0000-01-01"), "hors de la période du plan");
        assertRefused(secretariat, page, with(good, "heldOn", "2029-01-01"), "hors de la période du plan");
        assertRefused(secretariat, page, with(good, "attendees[99999]", String.valueOf(member)),
                "Champ inconnu du formulaire");
        assertRefused(secretariat, page, with(good, "attendees", ""), "Choisissez au moins un(e) participant(e).");
        assertRefused(secretariat, page, with(good, "attendees", String.valueOf(outsider)), "ne fait pas partie du plan");
        assertRefused(secretariat, page, with(good, "agenda", " \n "), "Indiquez au moins un point de l'ordre du jour.");
        Map<String, String> nowhere = with(good, "remote", "false");
        assertRefused(secretariat, page, nowhere, "Indiquez le lieu de la réunion");
        assertThat(service.meetings(plan)).isEmpty();

        HttpResponse<String> recorded = secretariat.submit(page, "/app/reunions", good, true);
        assertThat(recorded.statusCode()).isEqualTo(302);
        Meeting meeting = service.meetings(plan).get(0);
        Minutes entered = service.minutes(meeting.id()).orElseThrow();
        assertThat(entered.meeting().location()).isEqualTo("Réunion à distance");
        assertThat(entered.attendees()).extracting(Attendee::name).containsExactly("Mme Houdna BENNANI");
        assertThat(entered.absentees()).containsExactly("Direction Générale des Collectivités Territoriales");
        assertThat(entered.agenda()).containsExactly("Évaluation des engagements", "Calendrier");
        assertThat(entered.discussion()).isEmpty();
        assertThat(entered.decisions()).containsExactly("Réunion suivante en septembre");
        assertRefused(secretariat, page, good, "déjà enregistrée");
        assertThat(service.meetings(plan)).hasSize(1);
        assertThat(visitor.get("/proces-verbaux/" + meeting.id()).body()).contains("Houdna BENNANI");
    }

    private static void assertRefused(Visitor secretariat, String page, Map<String, String> form, String message) {
        HttpResponse<String> refused = secretariat.submit(page, "/app/reunions", form, true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains(message);
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new HashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    /** Spaces folded, so that line breaks of the seed do not matter. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
