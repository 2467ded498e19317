package ma.ogp.pan.meeting;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CoordinationAgreements;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.review.LifecycleFixture;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.TestSmtp;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Meetings scheduled by the secretariat, with real SMTP: invitations with a parseable iCalendar, the update after a
 * move, the reminder once, the cancellation; a coordination meeting's agreement on the commitment's history and in
 * the revision form; refusals that store nothing. Jobs are run by the test (the job executor is off).
 */
@PanIntegrationTest
abstract class ScheduledMeetingScenarios {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final String PAGE = "/app/reunions/planifiees";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired CommitmentRepository commitments;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired ScheduledMeetingService service;
    @Autowired MinutesService minutes;
    @Autowired InvitationMails invitations;
    @Autowired CoordinationAgreements agreements;
    LifecycleFixture fixture;
    Visitor secretariat;
    LocalDate day;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new LifecycleFixture(plans, committee, commitments);
        secretariat = new Visitor(port).loggedInAs(SECRETARY, "demo");
        day = LocalDate.now(CASABLANCA).plusDays(10);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void aScheduledMeetingIsInvitedMovedRemindedOnceAndCancelledWithItsCalendar() throws Exception {
        assertThat(secretariat.get(page()).statusCode()).isEqualTo(200);
        HttpResponse<String> scheduled = schedule(committeeMeeting(day, "10:00", "12:00"));
        assertThat(scheduled.statusCode()).isEqualTo(302);
        ScheduledMeeting meeting = only();
        ProcessInstance instance = instance(meeting);
        assertThat(instance).isWaitingAt("Task_SendInvitations");

        runAsyncJobs(instance);
        List<MimeMessage> invitationMails = received();
        assertThat(invitationMails).hasSize(2);
        assertThat(invitationMails).flatExtracting(Mails::recipients)
                .containsExactlyInAnyOrder(email(GOVERNMENT_MEMBER), email(CIVIL_SOCIETY_MEMBERS.get(0)));
        assertThat(invitationMails.get(0).getSubject()).startsWith("Invitation : Réunion du comité de pilotage le "
                + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " de 10h00");
        assertThat(Mails.text(invitationMails.get(0))).contains("Vous êtes invité(e)", "Observations du comité");
        ParsedCalendar invitation = calendar(invitationMails.get(0), "REQUEST");
        String uid = invitation.event("UID");
        assertThat(uid).isEqualTo("pan-reunion-" + meeting.id() + "@localhost");
        assertThat(invitation.calendar("VERSION")).isEqualTo("2.0");
        assertThat(invitation.calendar("PRODID")).isNotBlank();
        assertThat(invitation.event("SEQUENCE")).isEqualTo("0");
        assertThat(invitation.event("STATUS")).isEqualTo("CONFIRMED");
        assertThat(invitation.eventProperty("DTSTART").parameters()).isEqualTo("TZID=Africa/Casablanca");
        assertThat(invitation.event("DTSTART")).isEqualTo(basic(day) + "T100000");
        assertThat(invitation.event("DTEND")).isEqualTo(basic(day) + "T120000");
        assertThat(invitation.event("ORGANIZER")).isEqualTo("mailto:secretariat-pan@pan3.example.org");
        assertThat(invitation.all("ATTENDEE")).extracting(ParsedCalendar.Property::value)
                .containsExactlyInAnyOrder("mailto:" + email(GOVERNMENT_MEMBER),
                        "mailto:" + email(CIVIL_SOCIETY_MEMBERS.get(0)));
        assertThat(ParsedCalendar.unescape(invitation.event("SUMMARY"))).isEqualTo("Réunion du comité de pilotage");
        assertThat(invitation.calendar("TZID")).isEqualTo("Africa/Casablanca");
        assertThat(instance).isWaitingAt("Gateway_AwaitReminder");

        LocalDate later = day.plusDays(2);
        HttpResponse<String> moved = secretariat.submit(page(), PAGE + "/" + meeting.id() + "/deplacer",
                Map.of("plan", fixture.plan.code(), "day", later.toString(), "startTime", "14:30",
                        "endTime", "16:00", "location", "Rabat, salle du conseil"), true);
        assertThat(moved.statusCode()).isEqualTo(302);
        runAsyncJobs(instance);
        List<MimeMessage> updates = received();
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).getSubject()).startsWith("Réunion modifiée");
        ParsedCalendar update = calendar(updates.get(0), "REQUEST");
        assertThat(update.event("UID")).isEqualTo(uid);
        assertThat(update.event("SEQUENCE")).isEqualTo("1");
        assertThat(update.event("DTSTART")).isEqualTo(basic(later) + "T143000");
        assertThat(update.event("DTEND")).isEqualTo(basic(later) + "T160000");
        assertThat(ParsedCalendar.unescape(update.event("LOCATION"))).isEqualTo("Rabat, salle du conseil");

        Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("Timer_ReminderDue").singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(later.atTime(14, 30).atZone(CASABLANCA)
                .minusDays(1).toInstant());
        management.executeJob(reminder.getId());
        runAsyncJobs(instance);
        List<MimeMessage> reminders = received();
        assertThat(reminders).hasSize(2).allSatisfy(m -> assertThat(m.getSubject()).startsWith("Rappel : "));
        invitations.remind(meeting.id());
        assertThat(SMTP.getReceivedMessages()).as("the reminder goes once").isEmpty();
        assertThat(instance).isWaitingAt("Gateway_AwaitMeeting");

        assertThat(secretariat.submit(page(), PAGE + "/" + meeting.id() + "/annuler",
                Map.of("plan", fixture.plan.code()), true).statusCode()).isEqualTo(302);
        runAsyncJobs(instance);
        List<MimeMessage> cancellations = received();
        assertThat(cancellations).hasSize(2);
        assertThat(cancellations.get(0).getSubject()).startsWith("Annulée : ");
        ParsedCalendar cancel = calendar(cancellations.get(0), "CANCEL");
        assertThat(cancel.event("UID")).isEqualTo(uid);
        assertThat(cancel.event("SEQUENCE")).isEqualTo("2");
        assertThat(cancel.event("STATUS")).isEqualTo("CANCELLED");
        assertThat(instance).isEnded();
        assertThat(only().status()).isEqualTo(ScheduledMeeting.Status.CANCELLED);

        HttpResponse<String> again = secretariat.submit(page(), PAGE + "/" + meeting.id() + "/annuler",
                Map.of("plan", fixture.plan.code()), true);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(again.body())).contains("n'est plus planifiée");
    }

    @Test
    void aCoordinationMeetingsAgreementIsOnTheCommitmentsHistoryAndInItsRevision() throws Exception {
        long id = fixture.commitment(1, "Accès à l'information juridique");
        Map<String, String> form = committeeMeeting(day, "09:00", "11:00");
        form.remove("invitees");
        form.put("kind", "COORDINATION");
        form.put("title", "Réunion de coordination avec le MSISF");
        form.put("institution", String.valueOf(committee.findInstitutionByCode("MSISF").orElseThrow().id()));
        form.put("commitments", String.valueOf(id));
        assertThat(schedule(form).statusCode()).isEqualTo(302);
        ScheduledMeeting meeting = only();
        runAsyncJobs(instance(meeting));
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()))
                .as("the institution's people and the committee's civil-society members")
                .containsExactlyInAnyOrder(email(GOVERNMENT_MEMBER), email(CIVIL_SOCIETY_MEMBERS.get(0)),
                        email(CIVIL_SOCIETY_MEMBERS.get(1)));
        assertThat(ParsedCalendar.unescape(calendar(SMTP.getReceivedMessages()[0], "REQUEST").event("DESCRIPTION")))
                .contains("Ministère de la Solidarité", fixture.reference(id) + " : Accès à l'information juridique");

        String recordPage = "/app/reunions?plan=" + fixture.plan.code() + "&planifiee=" + meeting.id();
        String shown = HtmlUtils.htmlUnescape(secretariat.get(recordPage).body());
        assertThat(shown).contains("Enregistrer la réunion planifiée : Réunion de coordination avec le MSISF",
                "name=\"activities-" + id + "\"");
        Map<String, String> record = new HashMap<>(Map.of("plan", fixture.plan.code(), "heldOn", day.toString(),
                "title", meeting.title(), "remote", "true", "scheduledMeeting", String.valueOf(meeting.id()),
                "attendees", String.valueOf(person(GOVERNMENT_MEMBER)),
                "agenda", "Activités, calendrier et indicateurs de l'engagement",
                "decisions", "Fiche révisée avant le 4 mars"));
        record.put("activities-" + id, "Atelier avec les associations ; guide publié");
        record.put("calendar-" + id, "Atelier en avril 2025, guide en juin 2025");
        record.put("indicators-" + id, "Nombre d'associations consultées");
        assertThat(secretariat.submit(recordPage, "/app/reunions", record, true).statusCode()).isEqualTo(302);
        ScheduledMeeting held = only();
        assertThat(held.status()).isEqualTo(ScheduledMeeting.Status.HELD);
        Minutes recorded = minutes.minutes(held.meetingId()).orElseThrow();
        assertThat(recorded.decisions()).containsExactly("Fiche révisée avant le 4 mars");
        assertThat(recorded.attendees()).extracting(Attendee::personId).containsExactly(person(GOVERNMENT_MEMBER));

        String history = HtmlUtils.htmlUnescape(secretariat.get("/app/plans/" + fixture.plan.code() + "/engagements/"
                + fixture.reference(id) + "/versions").body());
        assertThat(history).containsSubsequence("Réunions de coordination", "Réunion de coordination avec le MSISF",
                "Activités convenues", "Atelier avec les associations ; guide publié", "Calendrier convenu",
                "Atelier en avril 2025", "Indicateurs convenus", "Nombre d'associations consultées");

        ProcessInstance commitment = lifecycle.start(id);
        for (String reviewer : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            Task review = tasks.createTaskQuery().processInstanceId(commitment.getId()).taskAssignee(reviewer)
                    .singleResult();
            tasks.complete(review.getId(), Map.of("observationText", "Préciser le calendrier.",
                    "suggestions", List.of("DETAIL_CALENDAR"), "recommendedDecision", "REVISE"));
        }
        Task consolidation = tasks.createTaskQuery().processInstanceId(commitment.getId())
                .taskDefinitionKey("Task_ConsolidateReview").singleResult();
        tasks.claim(consolidation.getId(), SECRETARY);
        tasks.complete(consolidation.getId(), Map.of("decision", "REVISE", "requestedChanges",
                List.of("DETAIL_CALENDAR")));
        Task revision = tasks.createTaskQuery().processInstanceId(commitment.getId())
                .taskDefinitionKey("Task_ReviseCommitment").singleResult();
        assertThat(FormText.read(tasks.getVariableLocal(revision.getId(), "coordinationSummary")))
                .isEqualTo(agreements.summary(id))
                .contains("Réunion de coordination du " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "Activités convenues : Atelier avec les associations ; guide publié",
                        "Calendrier convenu : Atelier en avril 2025, guide en juin 2025",
                        "Indicateurs convenus : Nombre d'associations consultées");

        HttpResponse<String> twice = secretariat.submit(recordPage.replace("&planifiee=" + meeting.id(), ""),
                "/app/reunions", Map.of("plan", fixture.plan.code(), "heldOn", day.plusDays(1).toString(),
                        "title", "Autre", "remote", "true", "scheduledMeeting", String.valueOf(meeting.id()),
                        "attendees", String.valueOf(person(GOVERNMENT_MEMBER)), "agenda", "Point"), true);
        assertThat(twice.statusCode()).as("a scheduled meeting is recorded once").isEqualTo(400);
        assertThat(minutes.meetings(fixture.plan)).hasSize(1);
    }

    @Test
    void badEntriesAreRefusedInFrenchAndStoreNothing() {
        LifecycleFixture otherPlan = new LifecycleFixture(plans, committee, commitments);
        ActionPlan other = otherPlan.plan;
        long foreign = otherPlan.commitment(1, "Engagement d'un autre plan");
        long instancesBefore = invitationInstances();
        Map<String, String> endBeforeStart = committeeMeeting(day, "12:00", "10:00");
        Map<String, String> past = committeeMeeting(LocalDate.now(CASABLANCA).minusDays(1), "10:00", "12:00");
        Map<String, String> noInvitee = committeeMeeting(day, "10:00", "12:00");
        noInvitee.remove("invitees");
        Map<String, String> longTitle = committeeMeeting(day, "10:00", "12:00");
        longTitle.put("title", "R".repeat(301));
        Map<String, String> foreignCommitment = committeeMeeting(day, "10:00", "12:00");
        foreignCommitment.put("commitments", String.valueOf(foreign));
        Map<String, String> badTime = committeeMeeting(day, "25:00", "26:00");
        Map<String, String> coordinationWithoutInstitution = committeeMeeting(day, "10:00", "12:00");
        coordinationWithoutInstitution.put("kind", "COORDINATION");

        Map<Map<String, String>, String> refusals = Map.of(
                endBeforeStart, "L'heure de fin doit venir après l'heure de début.",
                past, "La réunion ne peut pas être planifiée dans le passé.",
                noInvitee, "Invitez au moins une personne.",
                longTitle, "dépasse 300 caractères",
                foreignCommitment, "Un engagement choisi n'appartient pas au plan " + fixture.plan.code(),
                badTime, "L'heure de début de la réunion n'est pas une heure valide (HH:MM).",
                coordinationWithoutInstitution, "Choisissez l'administration");
        refusals.forEach((form, message) -> {
            HttpResponse<String> refused = schedule(form);
            assertThat(refused.statusCode()).as(message).isEqualTo(400);
            assertThat(HtmlUtils.htmlUnescape(refused.body())).contains(message).doesNotContain("Exception");
        });
        assertThat(service.scheduledMeetings(fixture.plan)).isEmpty();
        assertThat(invitationInstances()).as("no invitation started").isEqualTo(instancesBefore);

        assertThat(schedule(committeeMeeting(day, "10:00", "12:00")).statusCode()).isEqualTo(302);
        ScheduledMeeting meeting = only();
        HttpResponse<String> movedToThePast = secretariat.submit(page(), PAGE + "/" + meeting.id() + "/deplacer",
                Map.of("plan", fixture.plan.code(), "day", LocalDate.now(CASABLANCA).minusDays(2).toString(),
                        "startTime", "10:00", "endTime", "11:00", "remote", "true"), true);
        assertThat(movedToThePast.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(movedToThePast.body())).contains("dans le passé");
        HttpResponse<String> ofAnotherPlan = secretariat.submit(page(), PAGE + "/" + meeting.id() + "/annuler",
                Map.of("plan", other.code()), true);
        assertThat(ofAnotherPlan.statusCode()).isEqualTo(400);
        assertThat(only()).isEqualTo(meeting);
    }

    @Test
    void onlyTheSecretariatSchedulesAndEveryPostNeedsItsCsrfToken() {
        Visitor member = new Visitor(port).loggedInAs(CIVIL_SOCIETY_MEMBERS.get(0), "demo");
        assertThat(member.get(page()).statusCode()).isEqualTo(403);
        // the member's own CSRF token, from a page she may see: still a 403, and nothing scheduled
        String token = member.csrfToken("/app/plans/" + fixture.plan.code());
        assertThat(member.post(PAGE, committeeMeeting(day, "10:00", "12:00"), token).statusCode()).isEqualTo(403);
        assertThat(member.get("/app/reunions?plan=" + fixture.plan.code() + "&planifiee=1").statusCode())
                .isEqualTo(403);
        assertThat(secretariat.submit(page(), PAGE, committeeMeeting(day, "10:00", "12:00"), false).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(service.scheduledMeetings(fixture.plan)).isEmpty();
    }

    private HttpResponse<String> schedule(Map<String, String> form) {
        return secretariat.submit(page(), PAGE, form, true);
    }

    private String page() {
        return PAGE + "?plan=" + fixture.plan.code();
    }

    private Map<String, String> committeeMeeting(LocalDate on, String start, String end) {
        return new HashMap<>(Map.of("plan", fixture.plan.code(), "kind", "COMMITTEE",
                "title", "Réunion du comité de pilotage", "day", on.toString(), "startTime", start, "endTime", end,
                "location", "Rabat", "agenda", "Observations du comité sur les engagements",
                // two check boxes: the test client sends one field, which Spring splits at the comma
                "invitees", person(GOVERNMENT_MEMBER) + "," + person(CIVIL_SOCIETY_MEMBERS.get(0))));
    }

    private ScheduledMeeting only() {
        return service.scheduledMeetings(fixture.plan).stream().reduce((a, b) -> {
            throw new AssertionError("more than one scheduled meeting");
        }).orElseThrow();
    }

    private long invitationInstances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Processes.MEETING_INVITATIONS).count();
    }

    private ProcessInstance instance(ScheduledMeeting meeting) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("reunion-" + meeting.id())
                .processDefinitionKey(Processes.MEETING_INVITATIONS).singleResult();
    }

    /** Runs the instance's asynchronous steps (not its timers) until none is left. */
    private void runAsyncJobs(ProcessInstance instance) {
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list()).isEmpty()) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** The mails received since the last call (GreenMail lists them by mailbox, not in order of arrival). */
    private List<MimeMessage> received() throws Exception {
        List<MimeMessage> mails = new ArrayList<>(Arrays.asList(SMTP.getReceivedMessages()));
        SMTP.purgeEmailFromAllMailboxes();
        return mails;
    }

    private long person(String login) {
        return committee.findPersonByLogin(login).orElseThrow().id();
    }

    private String email(String login) {
        return committee.findPersonByLogin(login).orElseThrow().email();
    }

    private static String basic(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The mail's text/calendar attachment, with the method both its MIME type and its text declare. */
    private static ParsedCalendar calendar(MimeMessage message, String method) throws Exception {
        Part part = calendarPart(message);
        assertThat(part).as("a text/calendar attachment").isNotNull();
        assertThat(part.getContentType()).containsIgnoringCase("method=" + method);
        assertThat(part.getFileName()).endsWith(".ics");
        try (InputStream in = part.getInputStream()) {
            ParsedCalendar ics = ParsedCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(ics.calendar("METHOD")).isEqualTo(method);
            return ics;
        }
    }

    private static Part calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = calendarPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
