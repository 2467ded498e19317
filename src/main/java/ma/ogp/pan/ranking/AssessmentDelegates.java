package ma.ogp.pan.ranking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentPresenter;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.notification.DeadlineReminders;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment and ranking steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class AssessmentDelegates {

    static final String SHEET = "assessments";

    /** Who assesses ({@code assessors}: the committee's members) and by when (the plan's ASSESSMENT deadline). */
    @Bean
    JavaDelegate openAssessment(CommitteeRepository committee, DeadlineService deadlines, RankingProperties settings,
                                Clock clock) {
        return execution -> {
            long planId = ProcessVariables.planId(execution);
            deadlines.getOrSet(planId, Deadline.ASSESSMENT, OffsetDateTime.now(clock).plus(settings.assessmentDuration()));
            execution.setVariable("assessors",
                    committee.findLogins(planId, PlanRole.COMMITTEE_GOVERNMENT, PlanRole.COMMITTEE_CIVIL_SOCIETY));
        };
    }

    /** One reminders instance per assessor, started as the assessment opens. */
    @Bean
    JavaDelegate startAssessmentReminders(DeadlineReminders reminders) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Collection<String> assessors = (Collection<String>) execution.getVariable("assessors");
            reminders.start(execution.getProcessBusinessKey(), ProcessVariables.planId(execution), Deadline.ASSESSMENT,
                    assessors);
        };
    }

    /** One row per commitment still in the running: its final fiche and public comments, the member's inputs. */
    @Bean
    TaskListener presentForAssessment(RankingService ranking, CommitmentPresenter presenter,
                                      ConsultationService consultations) {
        return task -> {
            List<Map<String, Object>> rows = ranking.inTheRunning(ProcessVariables.planId(task)).stream()
                    .map(c -> row(c, presenter.ficheText(c), consultations.consolidatedSummary(c.id()))).toList();
            task.getExecution().setVariable(SHEET, FormList.of(rows));
        };
    }

    /** Records the member's sheet at once; a row left without impact and justification is not assessed. */
    @Bean
    JavaDelegate recordAssessments(RankingService ranking, CommitteeRepository committee,
                                   CommitmentRepository commitments) {
        return execution -> {
            String assessor = (String) execution.getVariable("assessor");
            boolean civilSociety = committee.findLogins(ProcessVariables.planId(execution), PlanRole.COMMITTEE_CIVIL_SOCIETY)
                    .contains(assessor);
            List<ImpactAssessment> sheet = FormList.read(execution.getVariable(SHEET), SHEET).stream()
                    .filter(row -> FormList.text(row, "impact") != null || FormList.text(row, "justification") != null)
                    .map(row -> new ImpactAssessment(commitments.getByListRow(row, SHEET).id(), assessor, civilSociety,
                            !Boolean.FALSE.equals(row.get("verifiable")), values(row.get("relevance")),
                            impact(row), FormList.text(row, "justification")))
                    .toList();
            ranking.assessAll(ProcessVariables.planId(execution), assessor, sheet);
        };
    }

    @Bean
    JavaDelegate recordMissingAssessments(RankingService ranking) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Collection<String> assessors = (Collection<String>) execution.getVariable("assessors");
            ranking.recordMissing(ProcessVariables.planId(execution), assessors);
        };
    }

    @Bean
    JavaDelegate rankCommitments(RankingService ranking) {
        return execution -> ranking.rank(ProcessVariables.planId(execution),
                ranking.inTheRunning(ProcessVariables.planId(execution)).stream().map(Commitment::id).toList());
    }

    /** The ranked list with each member's scores, for the secretariat before it goes to the Support Unit. */
    @Bean
    TaskListener presentRanking(RankingService ranking) {
        return task -> {
            task.setVariableLocal("rankingSummary",
                    FormText.of(String.join("\n", ranking.rankingLines(ProcessVariables.planId(task)))));
            task.setVariableLocal("missingAssessors", String.join(", ", ranking.missingAssessors(ProcessVariables.planId(task))));
        };
    }

    private static Map<String, Object> row(Commitment c, String fiche, String publicComments) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reference", c.reference());
        row.put("title", c.title());
        row.put("fiche", fiche);
        row.put("publicComments", publicComments.isBlank() ? "Aucune contribution publique publiée" : publicComments);
        row.put("verifiable", true);
        row.put("relevance", List.of());
        row.put("impact", "");
        row.put("justification", "");
        return row;
    }

    private static ImpactLevel impact(Map<String, Object> row) {
        String impact = FormList.text(row, "impact");
        try {
            return impact == null ? null : ImpactLevel.valueOf(impact);
        } catch (IllegalArgumentException e) {
            throw new FormInputException(SHEET, row.get("reference") + " : impact inconnu " + impact);
        }
    }

    private static Set<OgpValue> values(Object raw) {
        Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
        if (raw instanceof Collection<?> codes) {
            for (Object code : codes) {
                try {
                    values.add(OgpValue.valueOf(String.valueOf(code)));
                } catch (IllegalArgumentException e) {
                    throw new FormInputException(SHEET, "Valeur OGP inconnue : " + code);
                }
            }
        }
        return values;
    }

}
