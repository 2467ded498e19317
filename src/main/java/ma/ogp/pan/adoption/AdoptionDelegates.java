package ma.ogp.pan.adoption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.ProcessVariables;
import ma.ogp.pan.ranking.RankingEntry;
import ma.ogp.pan.ranking.RankingService;
import ma.ogp.pan.ranking.SupportUnitAnswer;
import ma.ogp.pan.ranking.SupportUnitService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The selection and adoption steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class AdoptionDelegates {

    static final String SELECTION = "selection";

    /** The ranked commitments with the Support Unit's feedback, proposed as the ranking classified them. */
    @Bean
    TaskListener presentSelection(AdoptionService adoption, RankingService ranking, SupportUnitService supportUnit,
                                  CommitmentRepository commitments) {
        return task -> {
            long planId = ProcessVariables.planId(task);
            SupportUnitAnswer answer = supportUnit.answer(planId);
            Map<Long, RankingEntry> ranked = ranking.ranking(planId).stream()
                    .collect(Collectors.toMap(RankingEntry::commitmentId, e -> e));
            task.getExecution().setVariable(SELECTION, FormList.of(adoption.selection(planId).stream().map(s -> {
                RankingEntry e = ranked.get(s.commitmentId());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("reference", e.reference());
                row.put("ranked", e.position() + ". " + commitments.getById(e.commitmentId()).title() + " — "
                        + e.categoryLabel());
                row.put("supportUnitFeedback", answer.feedback().getOrDefault(s.commitmentId(), ""));
                row.put("selected", s.selected());
                row.put("reason", s.reason() == null ? "" : s.reason());
                return row;
            }).toList()));
            task.setVariableLocal("supportUnitOpinion", FormText.of(answer.summary()));
            task.setVariableLocal("committeeRequest", adoption.latestRefusal(planId));
        };
    }

    @Bean
    JavaDelegate recordSelection(AdoptionService adoption, CommitmentRepository commitments) {
        return execution -> {
            List<Selection> selection = FormList.read(execution.getVariable(SELECTION), SELECTION).stream()
                    .map(row -> new Selection(commitments.getByListRow(row, SELECTION).id(),
                            Boolean.TRUE.equals(row.get("selected")) || "true".equals(row.get("selected")),
                            FormList.text(row, "reason")))
                    .toList();
            adoption.select(ProcessVariables.planId(execution), selection, FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of(SELECTION));
        };
    }

    /** The selection as the committee is asked to validate it. */
    @Bean
    TaskListener presentSelectionForValidation(AdoptionService adoption, CommitmentRepository commitments) {
        return task -> {
            List<Selection> selection = adoption.selection(ProcessVariables.planId(task));
            task.setVariableLocal("selectedCommitments", FormText.of(selection.stream().filter(Selection::selected)
                    .map(s -> line(commitments, s)).collect(Collectors.joining("\n"))));
            task.setVariableLocal("notRetainedCommitments", FormText.of(selection.stream().filter(s -> !s.selected())
                    .map(s -> line(commitments, s) + " — " + s.reason()).collect(Collectors.joining("\n"))));
        };
    }

    /** Records the committee's answer; {@code selectionValidated} stays for the gateway. */
    @Bean
    JavaDelegate recordCommitteeValidation(AdoptionService adoption) {
        return execution -> {
            Object validated = execution.getVariable("selectionValidated");
            if (validated == null) {
                throw new FormInputException("selectionValidated", "Indiquez si le comité valide la sélection");
            }
            boolean yes = Boolean.TRUE.equals(validated) || "true".equals(validated.toString());
            adoption.recordValidation(ProcessVariables.planId(execution), yes, (String) execution.getVariable("validationComment"),
                    FormSubmission.actor(execution, null));
            FormSubmission.clear(execution, List.of("validationComment"));
            execution.setVariable("selectionValidated", yes);
        };
    }

    @Bean
    JavaDelegate adoptPlan(AdoptionService adoption) {
        return execution -> adoption.adopt(ProcessVariables.planId(execution), FormSubmission.actor(execution, null));
    }

    private static String line(CommitmentRepository commitments, Selection s) {
        var c = commitments.getById(s.commitmentId());
        return c.reference() + " · " + c.title();
    }

}
