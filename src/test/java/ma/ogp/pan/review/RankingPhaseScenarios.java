package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.publication.IdeaService;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PdfContent;
import ma.ogp.pan.support.Visitor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From the end of the consultation to the adopted plan: each member assesses every commitment in one task, the
 * decision table ranks them, the OGP Support Unit answers (or not in time), the secretariat selects, the committee
 * validates and the plan is frozen; each commitment's lifecycle ends adopted or not retained.
 */
abstract class RankingPhaseScenarios extends ReviewProcessTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBERS = List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0),
            CIVIL_SOCIETY_MEMBERS.get(1));

    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;
    @Autowired AdoptionService adoption;
    @Autowired ma.ogp.pan.revision.RevisionService revision;
    @Autowired IdeaService ideas;
    @LocalServerPort int port;

    long openData;
    long accessLaw;
    long guide;
    ProcessInstance openDataLifecycle;
    ProcessInstance accessLawLifecycle;
    ProcessInstance guideLifecycle;

    @BeforeEach
    void threeAcceptedCommitments() {
        openData = accepted(7, "Renforcement de la publication des données ouvertes");
        accessLaw = accepted(6, "Droit d'accès à l'information");
        guide = accepted(4, "Guide de la participation citoyenne");
        openDataLifecycle = lifecycleAt(openData, "Event_PlanAdopted");
        accessLawLifecycle = lifecycleAt(accessLaw, "Event_PlanAdopted");
        // the institution is still taking the public comments into account when the plan is adopted
        guideLifecycle = lifecycleAt(guide, "Task_ReviseAfterConsultation");
    }

    @Test
    void assessedRankedSentToTheSupportUnitSelectedValidatedAndAdopted() throws Exception {
        ideas.record(fixture.plan, Map.of("reference", "I01", "title", "Réviser la loi d'accès à l'information",
                "organisation", "Association 4Chabab", "theme", "Accès à l'information",
                "email", "auteur@4chabab.example.org", "submitted_on", "2024-01-15",
                "commitments", fixture.reference(accessLaw)), "oelmoustamide");
        ideas.record(fixture.plan, Map.of("reference", "I02", "title", "Un observatoire culturel",
                "organisation", "Forum Sahara", "theme", "Culture", "email", "forum@sahara.example.org",
                "submitted_on", "2024-01-20"), "oelmoustamide");
        ProcessInstance plan = startAtAssessment();
        assertThat(plan).isWaitingAt("Task_AssessCommitments");
        List<Task> sheets = tasks.createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey("Task_AssessCommitments").list();
        assertThat(sheets).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(MEMBERS);
        List<Map<String, Object>> rows = sheet(sheets.get(0));
        assertThat(rows).extracting(r -> r.get("reference"))
                .containsExactly(fixture.reference(guide), fixture.reference(accessLaw), fixture.reference(openData));
        assertThat((String) rows.get(0).get("fiche")).contains("Problématique : Problème initial", "Atelier de lancement");

        assess(plan, GOVERNMENT_MEMBER, Map.of(accessLaw, "TRANSFORMATIVE", openData, "MODERATE", guide, "MINOR"));
        assess(plan, CIVIL_SOCIETY_MEMBERS.get(0), Map.of(accessLaw, "TRANSFORMATIVE", openData, "TRANSFORMATIVE",
                guide, "MINOR"));
        // one refused row refuses the whole sheet: nothing of it is stored
        Task last = sheetOf(plan, CIVIL_SOCIETY_MEMBERS.get(1));
        List<Map<String, Object>> halfDone = filled(sheet(last), Map.of(accessLaw, "MODERATE", openData, "MODERATE"));
        halfDone.get(0).put("impact", "MINOR");
        halfDone.get(0).put("justification", " ");
        assertThatThrownBy(() -> tasks.complete(last.getId(), Map.of("assessments", halfDone)))
                .isInstanceOf(FormInputException.class).hasMessageContaining(fixture.reference(guide));
        assertThat(assessmentsBy(CIVIL_SOCIETY_MEMBERS.get(1))).isZero();
        assess(plan, CIVIL_SOCIETY_MEMBERS.get(1), Map.of(accessLaw, "MODERATE", openData, "MODERATE", guide, "NONE"));

        assertThat(plan).isWaitingAt("Task_ReviewRanking");
        Task review = task(plan, "Task_ReviewRanking");
        String ranking = FormText.read(tasks.getVariableLocal(review.getId(), "rankingSummary"));
        assertThat(ranking).startsWith("1. " + fixture.reference(accessLaw)).contains(
                "2. " + fixture.reference(openData), "Mme Houdna BENNANI : Transformationnel", "M. Souidi SALLAHI : Aucun");
        tasks.complete(review.getId(), Map.of("noteToSupportUnit", "Merci de votre retour sous dix jours."));

        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("Task_SendShortlistToSupportUnit").singleResult().getId());
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(Mails.recipients(mails[0])).containsExactly("ogp.support@pan3.example.org");
        assertThat(Mails.text(mails[0])).contains("1. " + fixture.reference(accessLaw),
                "Merci de votre retour sous dix jours.", "/camunda/app/tasklist/");
        Date due = (Date) runtime.getVariable(plan.getId(), "supportUnitDueAt");
        assertThat(workingDaysUntil(due)).isEqualTo(10);

        Task feedback = task(plan, "Task_GiveSupportUnitFeedback");
        assertThat(tasks.getIdentityLinksForTask(feedback.getId())).extracting(l -> l.getGroupId())
                .contains(CamundaGroups.OGP_SUPPORT_UNIT, CamundaGroups.SECRETARIAT);
        List<Map<String, Object>> shortlist = rows(runtime.getVariable(plan.getId(), "supportUnitFeedback"));
        shortlist.get(0).put("feedback", "Engagement ambitieux, à conserver.");
        identity.setAuthentication("ogp.support", List.of(CamundaGroups.OGP_SUPPORT_UNIT));
        tasks.complete(feedback.getId(), Map.of("supportUnitFeedback", shortlist, "generalOpinion", "Liste équilibrée."));
        identity.clearAuthentication();
        assertThat(jdbc.sql("SELECT outcome || '/' || recorded_by FROM pan_support_unit_consultation WHERE plan_id = ?")
                .param(fixture.plan.id()).query(String.class).single()).isEqualTo("ANSWERED/ogp.support");

        Task select = task(plan, "Task_SelectCommitments");
        assertThat(FormText.read(tasks.getVariable(select.getId(), "supportUnitOpinion"))).contains("Liste équilibrée.");
        List<Map<String, Object>> proposal = rows(runtime.getVariable(plan.getId(), "selection"));
        assertThat(proposal.get(0)).containsEntry("supportUnitFeedback", "Engagement ambitieux, à conserver.")
                .containsEntry("selected", true);
        // the guide, ranked MINOR, is proposed out with the ranking's reason; the secretariat must give its own
        List<Map<String, Object>> noReason = select(proposal, Map.of(accessLaw, true, openData, true, guide, false));
        noReason.get(2).put("reason", "");
        assertThatThrownBy(() -> tasks.complete(select.getId(), Map.of("selection", noReason)))
                .isInstanceOf(FormInputException.class).hasMessageContaining(fixture.reference(guide) + " n'est pas sélectionné");
        tasks.complete(select.getId(), Map.of("selection", select(proposal, Map.of(accessLaw, true, openData, false,
                guide, false))));

        // the committee asks for open data to be kept: back to the selection, with its request shown
        Task validate = task(plan, "Task_ValidateSelection");
        assertThat(FormText.read(tasks.getVariable(validate.getId(), "notRetainedCommitments")))
                .contains(fixture.reference(openData), "Motif du secrétariat");
        assertThatThrownBy(() -> tasks.complete(validate.getId(), Map.of("selectionValidated", "false")))
                .isInstanceOf(FormInputException.class);
        tasks.complete(validate.getId(), Map.of("selectionValidated", "false",
                "validationComment", "Garder les données ouvertes"));
        Task again = task(plan, "Task_SelectCommitments");
        assertThat((String) tasks.getVariable(again.getId(), "committeeRequest")).isEqualTo("Garder les données ouvertes");
        tasks.complete(again.getId(), Map.of("selection", select(rows(runtime.getVariable(plan.getId(), "selection")),
                Map.of(accessLaw, true, openData, true, guide, false))));
        identity.setAuthentication(LifecycleFixture.SECRETARY, List.of(CamundaGroups.SECRETARIAT));
        tasks.complete(task(plan, "Task_ValidateSelection").getId(), Map.of("selectionValidated", "true"));
        identity.clearAuthentication();

        assertThat(plan).isWaitingAt("Task_ReviewReasonedResponses").hasPassed("Task_AdoptPlan");
        assertThat(commitments.getById(accessLaw).status()).isEqualTo(CommitmentStatus.ADOPTED);
        assertThat(commitments.getById(openData).status()).isEqualTo(CommitmentStatus.ADOPTED);
        assertThat(commitments.getById(guide).status()).isEqualTo(CommitmentStatus.NOT_RETAINED);
        assertThat(commitments.findStatusReason(guide)).hasValue("Motif du secrétariat : priorité moindre");
        assertThat(openDataLifecycle).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(accessLawLifecycle).isEnded().hasPassed("EndEvent_Adopted");
        assertThat(guideLifecycle).isEnded().hasPassed("BoundaryEvent_AdoptedDuringRevision", "EndEvent_NotRetained");
        assertThat(jdbc.sql("""
                SELECT c.reference FROM pan_adopted_commitment a JOIN pan_commitment c ON c.id = a.commitment_id
                WHERE a.plan_id = ? ORDER BY a.position""").param(fixture.plan.id()).query(String.class).list())
                .containsExactly(fixture.reference(accessLaw), fixture.reference(openData));
        assertThat(jdbc.sql("SELECT adopted_by FROM pan_adoption WHERE plan_id = ?").param(fixture.plan.id())
                .query(String.class).single()).isEqualTo(LifecycleFixture.SECRETARY);

        // frozen: no new version, no second adoption
        assertThatThrownBy(() -> revision.revise(accessLaw, commitments.findVersion(accessLaw, 1).orElseThrow()))
                .isInstanceOf(FormInputException.class).hasMessageContaining("figé par l'adoption du plan");
        assertThatThrownBy(() -> adoption.adopt(fixture.plan.id(), LifecycleFixture.SECRETARY))
                .isInstanceOf(FormInputException.class).hasMessageContaining("ne peut plus être modifié");

        Http http = new Http(port);
        String page = http.get("/app/plans/" + fixture.plan.code() + "/pan", LifecycleFixture.SECRETARY, "demo").body();
        // the secretariat's page also offers to supersede the plan by a new decision, listing every ranked draft
        assertThat(page).contains("Droit d&#39;accès à l&#39;information", "Atelier de lancement",
                "Remplacer le plan adopté par une nouvelle décision du comité");
        var pdf = http.getBytes("/app/plans/" + fixture.plan.code() + "/pan.pdf", LifecycleFixture.SECRETARY, "demo");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Droit d'accès à l'information",
                    "Renforcement de la publication des données ouvertes", "Atelier de lancement");
        }
        assertThat(http.get("/app/plans/" + fixture.plan.code() + "/pan").statusCode()).isIn(302, 401);

        publishTheReasonedResponses(plan, http);
    }

    /** The responses drafted from the process, edited by the secretariat, then published for everyone. */
    private void publishTheReasonedResponses(ProcessInstance plan, Http http) {
        String code = fixture.plan.code();
        assertThat(http.get("/reponses?plan=" + code).statusCode()).isEqualTo(404);
        assertThat(http.get("/donnees/" + code + "/reponses.json").statusCode()).isEqualTo(404);
        Task review = task(plan, "Task_ReviewReasonedResponses");
        List<Map<String, Object>> drafts = rows(runtime.getVariable(plan.getId(), "responses"));
        String today = java.time.LocalDate.now(ZoneId.of("Africa/Casablanca"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(drafts).extracting(r -> r.get("reference") + " " + r.get("outcome") + " : " + r.get("text"))
                .containsExactly(
                        fixture.reference(guide) + " Non retenu : Non retenu dans le " + code
                                + " : Motif du secrétariat : priorité moindre",
                        fixture.reference(accessLaw) + " Retenu dans le plan : Retenu : engagement n° 1 du " + code
                                + ", adopté le " + today + ".",
                        fixture.reference(openData) + " Retenu dans le plan : Retenu : engagement n° 2 du " + code
                                + ", adopté le " + today + ".",
                        "I01 Idée reprise dans un engagement : Reprise dans l'engagement " + fixture.reference(accessLaw)
                                + " « Droit d'accès à l'information » (adopté).",
                        "I02 Idée non reprise : ");
        // the idea nobody took up needs its reason
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("responses", drafts)))
                .isInstanceOf(FormInputException.class).hasMessageContaining("I02 : idée non reprise, indiquez pourquoi");
        List<Map<String, Object>> edited = drafts.stream().map(r -> {
            Map<String, Object> row = new HashMap<>(r);
            if (row.get("reference").equals(fixture.reference(guide))) {
                row.put("text", "Non retenu : <b>la priorité</b> va aux engagements de transparence.");
            }
            if (row.get("reference").equals("I02")) {
                row.put("text", "Hors du champ du gouvernement ouvert ; transmise au ministère de la Culture.");
            }
            return (Map<String, Object>) row;
        }).toList();
        identity.setAuthentication(LifecycleFixture.SECRETARY, List.of(CamundaGroups.SECRETARIAT));
        tasks.complete(review.getId(), Map.of("responses", edited));
        identity.clearAuthentication();
        assertThat(plan).isWaitingAt("Task_NotifyIdeaAuthors").hasPassed("Task_PublishAccountability");
        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("Task_NotifyIdeaAuthors").singleResult().getId());
        assertThat(plan).isEnded().hasPassed("EndEvent_PlanPublished");
        List<MimeMessage> toAuthors = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> Mails.recipients(m).get(0).contains("example.org") && !Mails.recipients(m).get(0).startsWith("ogp"))
                .toList();
        assertThat(toAuthors).extracting(m -> Mails.recipients(m).get(0))
                .containsExactlyInAnyOrder("auteur@4chabab.example.org", "forum@sahara.example.org");
        assertThat(toAuthors).extracting(Mails::text).anySatisfy(text -> assertThat(text)
                .contains("Un observatoire culturel", "Idée non reprise", "transmise au ministère de la Culture", "/reponses"));

        String page = http.get("/reponses?plan=" + code).body();
        assertThat(page).contains("Non retenu : &lt;b&gt;la priorité&lt;/b&gt; va aux engagements de transparence.",
                "Droit d&#39;accès à l&#39;information");
        assertThat(http.get("/plan?plan=" + code).body()).contains("Renforcement de la publication des données ouvertes")
                .doesNotContain("Guide de la participation citoyenne");
        assertThat(http.getBytes("/plan.pdf?plan=" + code).headers().firstValue("Content-Type")).contains("application/pdf");
        PdfContent arabic = PdfContent.of(http.getBytes("/plan.pdf?plan=" + code + "&lang=ar").body());
        assertThat(arabic.text()).contains("الفهرس", "المؤسسة الحاملة", "Renforcement de la publication des données ouvertes");
        assertThat(arabic.fonts()).containsKeys("NotoNaskhArabic-Regular", "NotoSans-Regular").doesNotContainValue(false);
        assertThat(PdfContent.of(http.getBytes("/plan.pdf?plan=" + code).body()).text()).contains("Sommaire",
                "Institution porteuse :");
        String csv = http.get("/donnees/" + code + "/reponses.csv").body();
        assertThat(csv).startsWith("subject,reference,title,outcome,outcome_label,response\r\n")
                .contains("COMMITMENT," + fixture.reference(guide) + ",Guide de la participation citoyenne,NOT_RETAINED,Non retenu,")
                .contains("IDEA,I02,Un observatoire culturel,IDEA_NOT_TAKEN_UP,Idée non reprise,")
                .doesNotContain("@");
        assertThat(http.get("/donnees/" + code + "/plan.json").body()).contains("\"position\":1", "Atelier de lancement")
                .doesNotContain("@");
        supersedeByANewDecision(code, http);
    }

    /** The adopted plan is never edited: a new decision of the committee supersedes it, and both are kept. */
    private void supersedeByANewDecision(String code, Http http) {
        String page = "/app/plans/" + code + "/pan";
        String action = page + "/remplacement";
        Map<String, String> onlyTheLaw = Map.of("selected", String.valueOf(accessLaw),
                "reason_" + openData, "Reporté au prochain plan", "reason_" + guide, "Priorité moindre");
        Visitor member = new Visitor(port).loggedInAs(CIVIL_SOCIETY_MEMBERS.get(0), "demo");
        assertThat(member.post(action, onlyTheLaw, member.csrfToken("/app/plans/" + code)).statusCode()).isEqualTo(403);
        Visitor secretariat = new Visitor(port).loggedInAs(LifecycleFixture.SECRETARY, "demo");
        var refused = secretariat.submit(page, action, onlyTheLaw, true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Indiquez la décision du comité qui remplace le plan adopté");
        assertThat(commitments.getById(openData).status()).isEqualTo(CommitmentStatus.ADOPTED);

        Map<String, String> decided = new HashMap<>(onlyTheLaw);
        decided.put("decision", "Décision du comité du 12/06/2024 : données ouvertes reportées");
        assertThat(secretariat.submit(page, action, decided, true).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("SELECT decision FROM pan_superseded_adoption WHERE plan_id = ?").param(fixture.plan.id())
                .query(String.class).single()).isEqualTo("Décision du comité du 12/06/2024 : données ouvertes reportées");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM pan_superseded_adopted_commitment s JOIN pan_superseded_adoption a
                ON a.id = s.superseded_adoption_id WHERE a.plan_id = ?""").param(fixture.plan.id())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(commitments.getById(openData).status()).isEqualTo(CommitmentStatus.NOT_RETAINED);
        assertThat(commitments.findStatusReason(openData)).hasValue("Reporté au prochain plan");
        assertThat(http.get("/plan?plan=" + code).body()).doesNotContain("Renforcement de la publication des données ouvertes");
        assertThat(http.get("/reponses?plan=" + code).body()).contains("Reporté au prochain plan",
                "Décision du comité du 12/06/2024 : données ouvertes reportées");
        assertThat(secretariat.get(page).body()).contains("Décision du comité du 12/06/2024 : données ouvertes reportées");
    }

    @Test
    void withoutTheSupportUnitsAnswerAndWithAMemberWhoNeverAssessed() {
        ProcessInstance plan = startAtAssessment();
        assertThat(plan).hasPassed("Task_StartAssessmentReminders");
        assertThat(reminders(Deadline.ASSESSMENT)).hasSize(3); // one per member, apart from the plan
        assess(plan, GOVERNMENT_MEMBER, Map.of(accessLaw, "TRANSFORMATIVE", openData, "MODERATE", guide, "TRANSFORMATIVE"));
        // whoever handed in the sheet gets no more reminders; the others are reminded before the deadline
        ProcessInstance done = reminderOf(Deadline.ASSESSMENT, GOVERNMENT_MEMBER);
        ProcessInstance late = reminderOf(Deadline.ASSESSMENT, CIVIL_SOCIETY_MEMBERS.get(1));
        for (ProcessInstance reminder : List.of(done, late)) {
            management.executeJob(management.createJobQuery().processInstanceId(reminder.getId())
                    .activityId("Timer_NoticeDue").singleResult().getId());
            management.executeJob(management.createJobQuery().processInstanceId(reminder.getId())
                    .activityId("Task_SendNotice").singleResult().getId());
        }
        assertThat(done).isEnded().hasPassed("EndEvent_NothingOwed");
        assertThat(reminders(Deadline.ASSESSMENT)).hasSize(2);
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(Mails.recipients(m)).containsExactly("ssallahi@pan3.example.org");
            assertThat(m.getSubject()).contains(" : 1 tâche(s) à terminer ");
            assertThat(Mails.text(m)).contains("Évaluer les engagements selon leur impact transformationnel");
        });
        Task notVerifiable = sheetOf(plan, CIVIL_SOCIETY_MEMBERS.get(0));
        List<Map<String, Object>> rows = filled(sheet(notVerifiable), Map.of(accessLaw, "MODERATE", openData,
                "MODERATE", guide, "TRANSFORMATIVE"));
        rows.forEach(r -> r.put("verifiable", !r.get("reference").equals(fixture.reference(guide))));
        tasks.complete(notVerifiable.getId(), Map.of("assessments", rows));
        // the third member lets the deadline pass
        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("BoundaryEvent_AssessmentDue").singleResult().getId());

        assertThat(plan).hasPassed("Task_RecordMissingAssessments").isWaitingAt("Task_ReviewRanking");
        assertThat((String) tasks.getVariableLocal(task(plan, "Task_ReviewRanking").getId(), "missingAssessors"))
                .isEqualTo("M. Souidi SALLAHI");
        // one of two members judged the guide not verifiable: no majority either way, so it is out
        assertThat(jdbc.sql("SELECT category FROM pan_ranking_entry WHERE commitment_id = ?").param(guide)
                .query(String.class).single()).isEqualTo("NOT_VERIFIABLE");
        tasks.complete(task(plan, "Task_ReviewRanking").getId(), Map.of());
        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("Task_SendShortlistToSupportUnit").singleResult().getId());

        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("BoundaryEvent_SupportUnitTimeout").singleResult().getId());
        assertThat(plan).hasPassed("Task_RecordSupportUnitSilence").isWaitingAt("Task_SelectCommitments");
        assertThat(jdbc.sql("SELECT outcome FROM pan_support_unit_consultation WHERE plan_id = ?")
                .param(fixture.plan.id()).query(String.class).single()).isEqualTo("NO_ANSWER");
        Task select = task(plan, "Task_SelectCommitments");
        assertThat(FormText.read(tasks.getVariable(select.getId(), "supportUnitOpinion"))).contains("n'a pas répondu");
        List<Map<String, Object>> proposal = rows(runtime.getVariable(plan.getId(), "selection"));
        assertThat(proposal).filteredOn(r -> r.get("reference").equals(fixture.reference(guide))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("selected", false)
                        .containsEntry("reason", "Jugé non vérifiable par la majorité des membres du comité"));
    }



    private ProcessInstance startAtAssessment() {
        return runtime.createProcessInstanceByKey("action-plan-cocreation").businessKey(fixture.plan.code())
                .setVariable("planId", fixture.plan.id()).startBeforeActivity("Task_OpenAssessment").execute();
    }

    private long accepted(int number, String title) {
        long id = fixture.commitment(number, title);
        commitments.updateStatus(id, CommitmentStatus.ACCEPTED, null);
        return id;
    }

    private ProcessInstance lifecycleAt(long commitmentId, String activityId) {
        return runtime.createProcessInstanceByKey("commitment-lifecycle").businessKey(fixture.reference(commitmentId))
                .setVariable("commitmentId", commitmentId).setVariable("planId", fixture.plan.id())
                .setVariable("focalPointsGroup", CamundaGroups.focalPoints("MSISF"))
                .startBeforeActivity(activityId).execute();
    }

    private Task sheetOf(ProcessInstance plan, String member) {
        return tasks.createTaskQuery().processInstanceId(plan.getId()).taskAssignee(member).singleResult();
    }

    private void assess(ProcessInstance plan, String member, Map<Long, String> impacts) {
        Task sheet = sheetOf(plan, member);
        tasks.complete(sheet.getId(), Map.of("assessments", filled(sheet(sheet), impacts)));
        assertThat(assessmentsBy(member)).isEqualTo(impacts.size());
    }

    private List<Map<String, Object>> sheet(Task task) {
        return rows(tasks.getVariable(task.getId(), "assessments"));
    }

    /** The sheet as the member fills it in Tasklist: impact, values and a justification per row. */
    private List<Map<String, Object>> filled(List<Map<String, Object>> sheet, Map<Long, String> impacts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : sheet) {
            Map<String, Object> filledRow = new HashMap<>(row);
            String impact = impacts.get(commitments.findByReference((String) row.get("reference")).orElseThrow().id());
            if (impact != null) {
                filledRow.put("impact", impact);
                filledRow.put("relevance", List.of("TRANSPARENCY", "CIVIC_PARTICIPATION"));
                filledRow.put("justification", "Évalué en séance");
            }
            rows.add(filledRow);
        }
        return rows;
    }

    private List<Map<String, Object>> select(List<Map<String, Object>> proposal, Map<Long, Boolean> choice) {
        return proposal.stream().map(row -> {
            Map<String, Object> chosen = new HashMap<>(row);
            boolean selected = choice.get(commitments.findByReference((String) row.get("reference")).orElseThrow().id());
            chosen.put("selected", selected);
            chosen.put("reason", selected ? "" : "Motif du secrétariat : priorité moindre");
            return chosen;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object json) {
        try {
            return new ArrayList<>(JSON.readValue(json.toString(), List.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int assessmentsBy(String member) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM pan_impact_assessment a JOIN pan_commitment c ON c.id = a.commitment_id
                WHERE c.plan_id = ? AND a.assessor_login = ?""").params(fixture.plan.id(), member)
                .query(Integer.class).single();
    }

    private static int workingDaysUntil(Date due) {
        ZoneId zone = ZoneId.of("Africa/Casablanca");
        LocalDate day = LocalDate.now(zone);
        LocalDate end = due.toInstant().atZone(zone).toLocalDate();
        int count = 0;
        while (day.isBefore(end)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
