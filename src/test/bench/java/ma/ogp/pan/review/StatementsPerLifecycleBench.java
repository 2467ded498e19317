package ma.ogp.pan.review;

import static ma.ogp.pan.review.CommitmentLifecycleScenarios.revisedFiche;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * SQL statements for one commitment from submission through 3 reviews, an ACCEPT consolidation, the consultation's
 * close, the final fiche and adoption, against a bare BPMN with the same wait states on the same engine (same users,
 * same candidates). Run by src/test/bench/statements-per-lifecycle.sh; prints the counts, never fails on a figure.
 */
class StatementsPerLifecycleBench extends ReviewProcessTest {

    private static final String BARE = "bare-lifecycle";
    private static final List<String> REVIEWERS = List.of(LifecycleFixture.GOVERNMENT_MEMBER,
            LifecycleFixture.CIVIL_SOCIETY_MEMBERS.get(0), LifecycleFixture.CIVIL_SOCIETY_MEMBERS.get(1));
    private static final String FOCAL_POINT = "aameziane";

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return SqlStatements.wrapper();
        }
    }

    @Test
    void applicationAgainstBareBpmn() {
        engine.getRepositoryService().createDeployment().addModelInstance(BARE + ".bpmn", bareLifecycle()).deploy();
        grantAsTheLifecycle();
        fixture.assign(FOCAL_POINT, PlanRole.FOCAL_POINT);
        runApplication(); // warm-up: caches, JIT, first deployment reads
        runBare(true);

        Map<String, SqlStatements.Count> application = runApplication();
        Map<String, SqlStatements.Count> bare = runBare(false);
        Map<String, SqlStatements.Count> bareWithInputs = runBare(true);

        SqlStatements.Count app = total(application);
        SqlStatements.Count plain = total(bare);
        StringBuilder out = new StringBuilder("\n=== SQL statements per commitment lifecycle (H2) ===\n");
        out.append("%-14s %12s %12s %12s%n".formatted("step", "application", "bare BPMN", "bare+inputs"));
        application.keySet().forEach(step -> out.append("%-14s %12s %12s %12s%n".formatted(step,
                figure(application.get(step)), figure(bare.get(step)), figure(bareWithInputs.get(step)))));
        out.append("%-14s %12s %12s %12s%n".formatted("total", figure(app), figure(plain),
                figure(total(bareWithInputs))));
        out.append("ratio application / bare BPMN: %.2f (statements), %.2f (round trips); / bare+inputs: %.2f%n"
                .formatted((double) app.statements() / plain.statements(),
                        (double) app.roundTrips() / plain.roundTrips(),
                        (double) app.statements() / total(bareWithInputs).statements()));
        out.append("\nby kind and table (application | bare BPMN):\n");
        Map<String, Integer> keys = new java.util.TreeMap<>(app.byKindAndTable());
        plain.byKindAndTable().forEach(keys::putIfAbsent);
        keys.keySet().forEach(key -> out.append("  %-40s %5d | %5d%n".formatted(key,
                app.byKindAndTable().getOrDefault(key, 0), plain.byKindAndTable().getOrDefault(key, 0))));
        System.out.println(out);
        assertThat(plain.statements()).isPositive();
    }

    /** The application's own path, as Tasklist drives it (the form's fields, each person signed in). */
    private Map<String, SqlStatements.Count> runApplication() {
        Map<String, SqlStatements.Count> steps = new LinkedHashMap<>();
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(Processes.COMMITMENT_LIFECYCLE).latestVersion().singleResult().getId();
        String title = "Engagement de banc d'essai " + System.nanoTime();
        ProcessInstance instance = counted(steps, "submission", FOCAL_POINT,
                () -> engine.getFormService().submitStartForm(definition, revisedFiche(title)));
        reviewAndClose(steps, instance, true, "ConsultationClosed", "PlanAdopted");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_Adopted");
        return steps;
    }

    private Map<String, SqlStatements.Count> runBare(boolean withInputs) {
        Map<String, SqlStatements.Count> steps = new LinkedHashMap<>();
        ProcessInstance instance = counted(steps, "submission", FOCAL_POINT, () -> withInputs
                ? runtime.startProcessInstanceByKey(BARE, "BARE-" + System.nanoTime(), revisedFiche("Banc"))
                : runtime.startProcessInstanceByKey(BARE, "BARE-" + System.nanoTime()));
        reviewAndClose(steps, instance, withInputs, "BareConsultationClosed", "BarePlanAdopted");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        return steps;
    }

    private void reviewAndClose(Map<String, SqlStatements.Count> steps, ProcessInstance instance, boolean inputs,
                                String closed, String adopted) {
        for (String reviewer : REVIEWERS) {
            Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer).singleResult();
            Map<String, Object> observation = inputs ? Map.of("observationText", "Observation de " + reviewer,
                    "suggestions", List.of("ADD_INDICATORS"), "recommendedDecision", "ACCEPT") : Map.of();
            counted(steps, "3 reviews", reviewer, () -> {
                tasks.complete(review.getId(), observation);
                return null;
            });
        }
        Task consolidation = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        counted(steps, "consolidation", LifecycleFixture.SECRETARY, () -> {
            tasks.claim(consolidation.getId(), LifecycleFixture.SECRETARY);
            tasks.complete(consolidation.getId(), inputs ? Map.of("decision", "ACCEPT") : Map.of());
            return null;
        });
        counted(steps, "close", null, () -> runtime.createMessageCorrelation(closed)
                .processInstanceId(instance.getId()).correlateWithResult());
        Task finalFiche = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        counted(steps, "final fiche", FOCAL_POINT, () -> {
            tasks.claim(finalFiche.getId(), FOCAL_POINT);
            tasks.complete(finalFiche.getId(), inputs ? revisedFiche("Fiche finale du banc d'essai") : Map.of());
            return null;
        });
        counted(steps, "adoption", null, () -> runtime.createMessageCorrelation(adopted)
                .processInstanceId(instance.getId()).setVariable("outcome", "ADOPTED").correlateWithResult());
    }

    /** Runs one step signed in as {@code login} (none: the application itself), adding its statements to the step's. */
    private <T> T counted(Map<String, SqlStatements.Count> steps, String step, String login, Supplier<T> work) {
        if (login != null) {
            identity.setAuthentication(login, identity.createGroupQuery().groupMember(login).list().stream()
                    .map(Group::getId).toList());
        }
        SqlStatements.INSTANCE.start();
        try {
            return work.get();
        } finally {
            steps.merge(step, SqlStatements.INSTANCE.stop(), SqlStatements.Count::plus);
            identity.clearAuthentication();
        }
    }

    /** The same grants on the bare definition as on commitment-lifecycle: the same authorization checks. */
    private void grantAsTheLifecycle() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(Processes.COMMITMENT_LIFECYCLE).list().forEach(grant -> {
                    Authorization copy = authorizations.createNewAuthorization(grant.getAuthorizationType());
                    copy.setResource(Resources.PROCESS_DEFINITION);
                    copy.setResourceId(BARE);
                    copy.setUserId(grant.getUserId());
                    copy.setGroupId(grant.getGroupId());
                    copy.setPermissions(grant.getPermissions(Permissions.values()));
                    authorizations.saveAuthorization(copy);
                });
    }

    private static BpmnModelInstance bareLifecycle() {
        return Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
                .startEvent("Start")
                .userTask("Review").camundaAssignee("${loopCounter == 0 ? '" + REVIEWERS.get(0) + "' : loopCounter == 1 ? '"
                        + REVIEWERS.get(1) + "' : '" + REVIEWERS.get(2) + "'}")
                .multiInstance().parallel().cardinality("3").multiInstanceDone()
                .userTask("Consolidate").camundaCandidateGroups(CamundaGroups.SECRETARIAT)
                .intermediateCatchEvent("Closed").message("BareConsultationClosed")
                .userTask("FinalFiche").camundaCandidateGroups(CamundaGroups.focalPoints("MSISF"))
                .intermediateCatchEvent("Adopted").message("BarePlanAdopted")
                .endEvent("End")
                .done();
    }

    private static SqlStatements.Count total(Map<String, SqlStatements.Count> steps) {
        return steps.values().stream().reduce(new SqlStatements.Count(0, 0, Map.of()), SqlStatements.Count::plus);
    }

    private static String figure(SqlStatements.Count count) {
        return count == null ? "-" : count.statements() + " (" + count.roundTrips() + ")";
    }
}
