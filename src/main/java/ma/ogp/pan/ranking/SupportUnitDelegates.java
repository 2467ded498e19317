package ma.ogp.pan.ranking;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OGP Support Unit steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class SupportUnitDelegates {

    static final String FEEDBACK = "supportUnitFeedback";

    /** Sends the ranked shortlist; {@code supportUnitDueAt} is when the process stops waiting for the answer. */
    @Bean
    JavaDelegate sendShortlistToSupportUnit(SupportUnitService supportUnit) {
        return execution -> {
            var due = supportUnit.send(ProcessVariables.planId(execution), (String) execution.getVariable("noteToSupportUnit"));
            FormSubmission.clear(execution, List.of("noteToSupportUnit"));
            execution.setVariable("supportUnitDueAt", Date.from(due.toInstant()));
        };
    }

    /** One row per ranked commitment, for the Unit's feedback. */
    @Bean
    TaskListener presentShortlist(RankingService ranking, CommitmentRepository commitments) {
        return task -> task.getExecution().setVariable(FEEDBACK, FormList.of(
                ranking.ranking(ProcessVariables.planId(task)).stream().map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("reference", e.reference());
                    row.put("ranked", e.position() + ". " + commitments.getById(e.commitmentId()).title() + " — "
                            + e.categoryLabel());
                    row.put("feedback", "");
                    return row;
                }).toList()));
    }

    @Bean
    JavaDelegate recordSupportUnitFeedback(SupportUnitService supportUnit, CommitmentRepository commitments) {
        return execution -> {
            Map<Long, String> feedback = new LinkedHashMap<>();
            for (Map<String, Object> row : FormList.read(execution.getVariable(FEEDBACK), FEEDBACK)) {
                String text = FormList.text(row, "feedback");
                if (text != null) {
                    feedback.put(commitments.getByListRow(row, FEEDBACK).id(), text);
                }
            }
            Object opinion = execution.getVariable("generalOpinion");
            supportUnit.recordAnswer(ProcessVariables.planId(execution), feedback,
                    opinion == null || opinion.toString().isBlank() ? null : opinion.toString().strip(),
                    FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of(FEEDBACK, "generalOpinion"));
        };
    }

    @Bean
    JavaDelegate recordSupportUnitSilence(SupportUnitService supportUnit) {
        return execution -> {
            supportUnit.recordSilence(ProcessVariables.planId(execution));
            FormSubmission.clear(execution, List.of(FEEDBACK));
        };
    }
}
