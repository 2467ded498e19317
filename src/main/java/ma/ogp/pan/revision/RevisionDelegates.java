package ma.ogp.pan.revision;

import static ma.ogp.pan.process.ProcessVariables.commitmentId;

import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentPresenter;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CoordinationAgreements;
import ma.ogp.pan.commitment.FicheForm;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.ProcessVariables;
import ma.ogp.pan.review.ReviewService;
import ma.ogp.pan.review.SuggestionKind;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revision's delegates, named as in commitment-lifecycle.bpmn. */
@Configuration
class RevisionDelegates {

    /**
     * Pre-fills the revision form with the current fiche and shows what the committee asked for and what the
     * coordination meetings agreed. The fiche goes on
     * the process scope for the form's round trip; recordRevision removes it once stored as a version.
     */
    @Bean
    TaskListener presentForRevision(CommitmentRepository commitments, FicheForm form, ReviewService reviews,
                                    CommitmentPresenter presenter, ConsultationService consultations,
                                    CoordinationAgreements agreements) {
        return task -> {
            long id = ProcessVariables.commitmentId(task);
            presenter.nameAfterCommitment(task, id);
            Commitment commitment = commitments.getById(id);
            task.getExecution().setVariables(form.prefill(
                    commitments.findVersion(id, commitment.currentVersionNo()).orElseThrow()));
            task.setVariableLocal("requestedChangesSummary", reviews.latestRequestedChanges(id).stream()
                    .map(SuggestionKind::label).collect(Collectors.joining("\n")));
            task.setVariableLocal("decisionReason", commitments.findStatusReason(id).orElse(""));
            task.setVariableLocal("observationsSummary", FormText.of(String.join("\n", reviews.observationLines(id))));
            task.setVariableLocal("consultationSummary", FormText.of(consultations.consolidatedSummary(id)));
            task.setVariableLocal("coordinationSummary", FormText.of(agreements.summary(id)));
        };
    }

    @Bean
    JavaDelegate recordRevision(RevisionService revisions, FicheForm form) {
        return execution -> {
            revisions.revise(commitmentId(execution), form.read(execution, FormSubmission.actor(execution, null)));
            FormSubmission.clear(execution, FicheForm.KEYS);
        };
    }

    /** The fiche revised after the public consultation: stays accepted, ready for the ranking. */
    @Bean
    JavaDelegate recordConsultationRevision(RevisionService revisions, FicheForm form) {
        return execution -> {
            revisions.revise(commitmentId(execution), form.read(execution, FormSubmission.actor(execution, null)),
                    CommitmentStatus.ACCEPTED);
            FormSubmission.clear(execution, FicheForm.KEYS);
        };
    }
}
