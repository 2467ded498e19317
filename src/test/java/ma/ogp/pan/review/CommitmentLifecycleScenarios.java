package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.InvalidFicheException;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of commitment-lifecycle.bpmn, driven as Tasklist would; run on H2 and on PostgreSQL. */
abstract class CommitmentLifecycleScenarios extends ReviewProcessTest {

    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;

    @Test
    void acceptedAtFirstReview() {
        long id = fixture.commitment(1, "Accès des femmes à l'information juridique");
        ProcessInstance instance = lifecycle.start(id);
        assertThat(instance).isWaitingAt("Task_ReviewCommitment");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("aameziane", "hbennani", "ssallahi");
        // the fiche shown once for the round's three review tasks, not once per member (what Cockpit lists)
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName("ficheTitle").count()).isOne();
        assertThat(tasks.getVariable(ownReviewTask(instance, GOVERNMENT_MEMBER).getId(), "ficheTitle"))
                .isEqualTo("Accès des femmes à l'information juridique");
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count())
                .as("a handful per member").isLessThanOrEqualTo(6 + 8 + 4 + 3 * 3);

        review(instance, GOVERNMENT_MEMBER, "Reformuler le titre.", List.of("REWORD_TITLE"), "ACCEPT");
        allCivilSocietyReview(instance, "ACCEPT");

        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        Task consolidation = task(instance, "Task_ConsolidateReview");
        assertThat(consolidation).hasCandidateGroup("secretariat");
        assertThat(FormText.read(tasks.getVariableLocal(consolidation.getId(), "observationsSummary")))
                .contains("Mme Amal AMEZIANE : Reformuler le titre. → Accepter", "Mme Houdna BENNANI : ", "M. Souidi SALLAHI : ");
        // the process holds ids and decisions only; the observations are in pan_observation
        assertThat(runtime.getVariables(instance.getId()))
                .containsOnlyKeys("commitmentId", "planId", "focalPointsGroup", "reviewers", "reviewRound",
                        "consolidationTaskId");
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("observationText", "suggestions");

        decide(instance, Map.of("decision", "ACCEPT"));

        assertThat(instance).isWaitingAt("Event_ConsultationClosed");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.ACCEPTED);
        assertThat(reviews.observationLines(id)).hasSize(3);
        assertThat(reviews.missingReviewers(id)).isEmpty();
    }

    @Test
    void revisedThenResubmittedThenAccepted() {
        long id = fixture.commitment(2, "Renforcement de la liberté de presse et de publication");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "REVISE");
        decide(instance, Map.of("decision", "REVISE", "requestedChanges", List.of("REWORD_TITLE", "ADD_ACTIVITIES")));

        assertThat(instance).isWaitingAt("Task_ReviseCommitment");
        Task revision = task(instance, "Task_ReviseCommitment");
        assertThat(revision).hasCandidateGroup("focal-points-msisf");
        assertThat(tasks.getVariable(revision.getId(), "title")).isEqualTo("Renforcement de la liberté de presse et de publication");
        assertThat((String) tasks.getVariableLocal(revision.getId(), "requestedChangesSummary"))
                .contains("Reformuler le titre", "Ajouter des activités");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.REVISION_REQUESTED);

        Map<String, Object> fiche = revisedFiche("Consultation publique sur la modification du code de la presse et de l'édition");
        tasks.complete(revision.getId(), fiche);

        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        assertThat(commitments.getById(id).currentVersionNo()).isEqualTo(2);
        CommitmentVersion v2 = commitments.findVersion(id, 2).orElseThrow();
        assertThat(v2.title()).startsWith("Consultation publique");
        assertThat(v2.activities()).hasSize(2);
        assertThat(commitments.findVersion(id, 1).orElseThrow().title())
                .isEqualTo("Renforcement de la liberté de presse et de publication");

        decide(instance, Map.of("decision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Event_ConsultationClosed").hasPassed("Task_ReviseCommitment", "Task_RecordRevision");
        assertThat(reviews.decisions(id)).containsExactly(ReviewDecisionKind.REVISE, ReviewDecisionKind.ACCEPT);
    }

    @Test
    void mergedIntoAnotherCommitmentWithLinksBothWays() {
        long volunteering = fixture.commitment(8, "Programme national de bénévolat");
        long forums = fixture.commitment(9, "Organisation de forums jeunesse");
        ProcessInstance absorbed = lifecycle.start(volunteering);
        ProcessInstance target = lifecycle.start(forums);
        everybodyReviews(absorbed, "MERGE");

        decide(absorbed, Map.of("decision", "MERGE", "mergeTargetReference", fixture.reference(forums),
                "decisionReason", "Fusionner les deux engagements proposés par le secteur de la jeunesse."));

        assertThat(absorbed).isEnded().hasPassed("EndEvent_Merged");
        assertThat(commitments.getById(volunteering).status()).isEqualTo(CommitmentStatus.MERGED);
        assertThat(commitments.findMergedIntoReference(volunteering)).contains(fixture.reference(forums));
        assertThat(commitments.findAbsorbed(forums)).containsExactly(fixture.reference(volunteering));
        assertThat(target).isWaitingAt("Task_ReviewCommitment");
    }

    @Test
    void anIncompleteDecisionIsRefusedWithItsFieldAndNothingIsStored() {
        long id = fixture.commitment(8, "Programme national de bénévolat");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "MERGE");
        Task consolidation = task(instance, "Task_ConsolidateReview");

        assertThatThrownBy(() -> tasks.complete(consolidation.getId(),
                Map.of("decision", "MERGE", "mergeTargetReference", "PAN9-99")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("PAN9-99");
        assertThatThrownBy(() -> tasks.complete(consolidation.getId(),
                Map.of("decision", "MERGE", "mergeTargetReference", fixture.reference(id))))
                .isInstanceOf(FormInputException.class).hasMessageContaining("autre engagement");

        assertThatThrownBy(() -> tasks.complete(consolidation.getId(), Map.of("decision", "REVISE")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("(requestedChanges)");
        assertThatThrownBy(() -> tasks.complete(consolidation.getId(), Map.of("decision", "ADOPT")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("(decision)");

        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        assertThat(reviews.decisions(id)).isEmpty();
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.UNDER_REVIEW);
    }

    @Test
    void cancelledWithItsReasonAndNeverWithoutOne() {
        long id = fixture.commitment(4, "Préparation du guide méthodologique");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "CANCEL");
        Task consolidation = task(instance, "Task_ConsolidateReview");

        assertThatThrownBy(() -> tasks.complete(consolidation.getId(), Map.of("decision", "CANCEL")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("motif");
        assertThat(instance).isWaitingAt("Task_ConsolidateReview");

        String reason = "Annuler l'engagement proposé en raison de l'absence de lien direct avec les principes d'ouverture.";
        decide(instance, Map.of("decision", "CANCEL", "decisionReason", reason));

        assertThat(instance).isEnded().hasPassed("EndEvent_Cancelled");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.CANCELLED);
        assertThat(commitments.findStatusReason(id)).contains(reason);
    }

    @Test
    void awaitingADetailedFicheThenReviewedAgain() {
        long id = fixture.commitment(15, "Création d'une plateforme d'informations");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "AWAIT_DETAILED_FICHE");
        decide(instance, Map.of("decision", "AWAIT_DETAILED_FICHE"));

        assertThat(instance).isWaitingAt("Task_ReviseCommitment");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.AWAITING_DETAILED_FICHE);
        tasks.complete(task(instance, "Task_ReviseCommitment").getId(), revisedFiche("Plateforme d'accès à 600 services électroniques"));

        assertThat(instance).isWaitingAt("Task_ReviewCommitment");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(3);
        assertThat(commitments.getById(id).currentVersionNo()).isEqualTo(2);
        everybodyReviews(instance, "ACCEPT");
        decide(instance, Map.of("decision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Event_ConsultationClosed").hasPassed("Task_RecordRevision");
    }

    @Test
    void awaitingCivilSocietyRemarksAsksOnlyCivilSociety() {
        long id = fixture.commitment(6, "Consultation sur la révision de la loi sur le droit d'accès à l'information");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "AWAIT_CIVIL_SOCIETY_REMARKS");
        decide(instance, Map.of("decision", "AWAIT_CIVIL_SOCIETY_REMARKS"));

        assertThat(instance).isWaitingAt("Task_ReviewCommitment");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(CIVIL_SOCIETY_MEMBERS);
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.AWAITING_CIVIL_SOCIETY_REMARKS);

        allCivilSocietyReview(instance, "ACCEPT");
        assertThat(instance).isWaitingAt("Task_ConsolidateReview");
    }

    @Test
    void aRoundAfterTheWindowClosedHasADeadlineOfItsOwnAndClosesOnIt() {
        long id = fixture.commitment(17, "Création des \"Maisons des Citoyens\"");
        ProcessInstance instance = lifecycle.start(id);
        Job firstRound = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReviewRoundDue").singleResult();
        // the plan's window closes the first round; the lifecycle's timer is its safety net, after the deadline
        assertThat(firstRound.getDuedate()).isEqualTo(Date.from(LifecycleFixture.REVIEW_DUE
                .plus(DeadlineService.SAFETY_NET).toInstant()));
        everybodyReviews(instance, "AWAIT_CIVIL_SOCIETY_REMARKS");
        // the plan's review window is over by the time civil society is asked again
        jdbc.sql("UPDATE pan_deadline SET due_at = ? WHERE plan_id = ? AND kind = 'REVIEW_COMMENTS'")
                .params(OffsetDateTime.now().minusDays(1), fixture.plan.id()).update();
        decide(instance, Map.of("decision", "AWAIT_CIVIL_SOCIETY_REMARKS"));

        Job laterRound = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_ReviewRoundDue").singleResult();
        assertThat(laterRound.getDuedate()).isBetween(Date.from(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60)),
                Date.from(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60)));
        review(instance, CIVIL_SOCIETY_MEMBERS.get(0), "Remarque de la société civile", List.of(), "ACCEPT");
        management.executeJob(laterRound.getId());

        assertThat(instance).isWaitingAt("Task_ConsolidateReview").hasPassed("BoundaryEvent_ReviewRoundDue");
        assertThat(reviews.missingReviewers(id)).containsExactly(CIVIL_SOCIETY_MEMBERS.get(1));
    }

    @Test
    void reviewWindowClosingRecordsWhoSentNothing() {
        long id = fixture.commitment(13, "Promotion de l'accès des femmes à l'information juridique et judiciaire");
        ProcessInstance instance = lifecycle.start(id);
        review(instance, GOVERNMENT_MEMBER, "Aucune remarque.", List.of(), "ACCEPT");

        runtime.createMessageCorrelation("ReviewWindowClosed").processInstanceBusinessKey(fixture.reference(id))
                .correlateAll();

        assertThat(instance).isWaitingAt("Task_ConsolidateReview").hasPassed("BoundaryEvent_ReviewWindowClosed");
        assertThat(reviews.missingReviewers(id)).containsExactlyElementsOf(CIVIL_SOCIETY_MEMBERS);
        assertThat((String) tasks.getVariableLocal(task(instance, "Task_ConsolidateReview").getId(), "missingReviewers"))
                .isEqualTo("Mme Houdna BENNANI, M. Souidi SALLAHI");
    }

    @Test
    void aReviewWithoutObservationOrARevisionWithBadDatesIsRefusedWithTheField() {
        long id = fixture.commitment(20, "Création d'une plateforme nationale pour les associations");
        ProcessInstance instance = lifecycle.start(id);
        Task own = ownReviewTask(instance, GOVERNMENT_MEMBER);
        assertThatThrownBy(() -> tasks.complete(own.getId(), Map.of("observationText", " ", "recommendedDecision", "REVISE")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("observationText");
        assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).isEqualTo(1);
        assertThat(reviews.observationLines(id)).isEmpty();

        everybodyReviews(instance, "REVISE");
        decide(instance, Map.of("decision", "REVISE", "requestedChanges", List.of("DETAIL_CALENDAR")));
        Task revision = task(instance, "Task_ReviseCommitment");
        Map<String, Object> backwards = revisedFiche("Plateforme nationale");
        backwards.put("activities", List.of(Map.of("title", "Conception", "startDate", "2025-06-01",
                "endDate", "2025-01-31", "deliverable", "Cahier des charges")));
        assertThatThrownBy(() -> tasks.complete(revision.getId(), backwards))
                .isInstanceOf(InvalidFicheException.class).hasMessageContaining("activities[1].endDate");
        Map<String, Object> untitled = revisedFiche(" ");
        assertThatThrownBy(() -> tasks.complete(revision.getId(), untitled))
                .isInstanceOf(InvalidFicheException.class).hasMessageContaining("(title)");
        Map<String, Object> noValue = revisedFiche("Plateforme nationale");
        noValue.put("ogpValues", List.of());
        assertThatThrownBy(() -> tasks.complete(revision.getId(), noValue))
                .isInstanceOf(InvalidFicheException.class).hasMessageContaining("ogpValues");

        assertThat(commitments.getById(id).currentVersionNo()).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_ReviseCommitment");
    }

    @Test
    void twoPeopleCompletingTheSameConsolidationAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        long id = fixture.commitment(3, "Stratégie nationale de développement durable 2035");
        ProcessInstance instance = lifecycle.start(id);
        everybodyReviews(instance, "ACCEPT");
        Task consolidation = task(instance, "Task_ConsolidateReview");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Exception> decide = () -> {
            together.await();
            try {
                tasks.complete(consolidation.getId(), Map.of("decision", "ACCEPT"));
                return null;
            } catch (Exception e) {
                return e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Exception> outcomes = new ArrayList<>();
            for (Future<Exception> f : pool.invokeAll(List.of(decide, decide))) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce((Exception) null);
            Exception loser = outcomes.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            // depending on timing: our "décision vient d'être enregistrée" (unique task id on the decision),
            // the engine's optimistic lock, or the task or its execution already gone; never a second decision
            assertThat(loser).isInstanceOf(ProcessEngineException.class);
        } finally {
            pool.shutdown();
        }
        assertThat(reviews.decisions(id)).containsExactly(ReviewDecisionKind.ACCEPT);
        assertThat(instance).isWaitingAt("Event_ConsultationClosed");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.ACCEPTED);
    }

    @Test
    void aFocalPointSubmitsAFicheFromTheStartForm() {
        fixture.assign("aameziane", PlanRole.FOCAL_POINT);
        Map<String, Object> fiche = revisedFiche("Plan de communication pour l'égalité");

        ProcessInstance instance = submitAs("aameziane", fiche);

        String reference = fixture.plan.code() + "-01";
        assertThat(instance).hasBusinessKey(reference).isWaitingAt("Task_ReviewCommitment");
        Commitment commitment = commitments.findByReference(reference).orElseThrow();
        assertThat(commitment.leadInstitutionCode()).isEqualTo("MSISF");
        assertThat(commitment.title()).isEqualTo("Plan de communication pour l'égalité");
        assertThat(commitments.findVersion(commitment.id(), 1).orElseThrow().submittedBy()).isEqualTo("aameziane");
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("title", "activities")
                .containsEntry("focalPointsGroup", "focal-points-msisf");
    }

    @Test
    void aBadFicheIsRefusedWithItsFieldAndNothingIsStored() {
        fixture.assign("aameziane", PlanRole.FOCAL_POINT);
        Map<String, Object> untitled = revisedFiche("");
        Map<String, Object> noValue = revisedFiche("Titre");
        noValue.put("ogpValues", List.of());
        Map<String, Object> backwards = revisedFiche("Titre");
        backwards.put("activities", List.of(Map.of("title", "Atelier", "startDate", "2025-03-01", "endDate", "2025-02-01")));
        Map<String, Object> outside = revisedFiche("Titre");
        outside.put("activities", List.of(Map.of("title", "Bilan", "startDate", "2027-06-01", "endDate", "2028-06-30")));

        assertThatThrownBy(() -> submitAs("aameziane", untitled)).isInstanceOf(InvalidFicheException.class)
                .hasMessageContaining("(title)");
        assertThatThrownBy(() -> submitAs("aameziane", noValue)).isInstanceOf(InvalidFicheException.class)
                .hasMessageContaining("(ogpValues)");
        assertThatThrownBy(() -> submitAs("aameziane", backwards)).isInstanceOf(InvalidFicheException.class)
                .hasMessageContaining("se termine avant de commencer").hasMessageContaining("activities[1].endDate");
        assertThatThrownBy(() -> submitAs("aameziane", outside)).isInstanceOf(InvalidFicheException.class)
                .hasMessageContaining("sort de la période du plan");
        // a committee member is no focal point: the engine refuses the start itself
        assertThatThrownBy(() -> submitAs("ssallahi", revisedFiche("Titre"))).isInstanceOf(AuthorizationException.class);

        assertThat(commitments.findByPlan(fixture.plan.id())).isEmpty();
    }

    private ProcessInstance submitAs(String login, Map<String, Object> fiche) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(Processes.COMMITMENT_LIFECYCLE).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication(login, List.of(login.equals("aameziane")
                ? "focal-points-msisf" : "committee-civil-society"));
        try {
            return engine.getFormService().submitStartForm(definition, fiche);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void everybodyReviews(ProcessInstance instance, String recommended) {
        review(instance, GOVERNMENT_MEMBER, "Observation de l'administration.", List.of(), recommended);
        allCivilSocietyReview(instance, recommended);
    }

    private void allCivilSocietyReview(ProcessInstance instance, String recommended) {
        CIVIL_SOCIETY_MEMBERS.forEach(login ->
                review(instance, login, "Observation de la société civile.", List.of("ADD_INDICATORS"), recommended));
    }

    private void review(ProcessInstance instance, String reviewer, String text, List<String> suggestions,
                        String recommended) {
        tasks.complete(ownReviewTask(instance, reviewer).getId(), Map.of("observationText", text,
                "suggestions", suggestions, "recommendedDecision", recommended));
    }

    private Task ownReviewTask(ProcessInstance instance, String reviewer) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer).singleResult();
    }

    private void decide(ProcessInstance instance, Map<String, Object> decision) {
        Task consolidation = task(instance, "Task_ConsolidateReview");
        tasks.claim(consolidation.getId(), SECRETARY);
        tasks.complete(consolidation.getId(), decision);
    }

    /** A complete fiche as a focal point submits it (the statements benchmark submits it too). */
    static Map<String, Object> revisedFiche(String title) {
        Map<String, Object> fiche = new HashMap<>();
        fiche.put("title", title);
        fiche.put("problem", "Problème reformulé");
        fiche.put("proposedSolution", "Solution détaillée");
        fiche.put("ogpValues", List.of("TRANSPARENCY", "CIVIC_PARTICIPATION"));
        fiche.put("activities", List.of(
                Map.of("title", "Méthodologie participative", "startDate", "2024-09-01", "endDate", "2024-12-31",
                        "deliverable", "Note méthodologique"),
                Map.of("title", "Consultation en ligne", "startDate", "2025-01-15", "endDate", "2025-04-30",
                        "deliverable", "Rapport de consultation")));
        fiche.put("indicators", List.of(Map.of("description", "Nombre de contributions reçues")));
        return fiche;
    }
}
