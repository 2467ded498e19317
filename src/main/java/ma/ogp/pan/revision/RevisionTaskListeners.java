package ma.ogp.pan.revision;

import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.FicheForm;
import ma.ogp.pan.review.ReviewService;
import ma.ogp.pan.review.SuggestionKind;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revision task's listeners, named as in commitment-lifecycle.bpmn. */
@Configuration
class RevisionTaskListeners {

    /** Pre-fills the form with the current fiche (task-local) and shows what the committee asked for. */
    @Bean
    TaskListener presentForRevision(CommitmentRepository commitments, FicheForm form, ReviewService reviews) {
        return task -> {
            long id = commitmentId(task);
            Commitment commitment = commitments.getById(id);
            task.setVariablesLocal(form.prefill(commitments.findVersion(id, commitment.currentVersionNo()).orElseThrow()));
            task.setVariableLocal("requestedChangesSummary", reviews.latestRequestedChanges(id).stream()
                    .map(SuggestionKind::label).collect(Collectors.joining("\n")));
            task.setVariableLocal("decisionReason", commitments.findStatusReason(id).orElse(""));
            task.setVariableLocal("observationsSummary", String.join("\n", reviews.observationLines(id)));
        };
    }

    @Bean
    TaskListener recordRevision(RevisionService revisions, FicheForm form) {
        return task -> revisions.revise(commitmentId(task), form.read(task, submitter(task)));
    }

    private static long commitmentId(DelegateTask task) {
        return ((Number) task.getVariable("commitmentId")).longValue();
    }

    private static String submitter(DelegateTask task) {
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return task.getAssignee() != null ? task.getAssignee() : current != null ? current.getUserId() : "système";
    }
}
