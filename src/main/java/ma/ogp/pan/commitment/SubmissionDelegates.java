package ma.ogp.pan.commitment;

import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The submission step of commitment-lifecycle.bpmn. */
@Configuration
class SubmissionDelegates {

    /**
     * A lifecycle started from the fiche form (by a focal point in Tasklist) registers the new commitment; one
     * started for an existing commitment (by the plan) already carries its {@code commitmentId}.
     */
    @Bean
    JavaDelegate registerSubmission(SubmissionService submissions, FicheForm form, CommitmentRepository commitments) {
        return execution -> {
            if (execution.getVariable("commitmentId") != null) {
                commitments.registerLifecycle(ProcessVariables.commitmentId(execution), execution.getProcessInstanceId());
                return;
            }
            String focalPoint = FormSubmission.actor(execution, null);
            Commitment commitment = submissions.submit(focalPoint, form.read(execution, focalPoint));
            FormSubmission.clear(execution, FicheForm.KEYS);
            execution.setProcessBusinessKey(commitment.reference());
            execution.setVariables(CommitmentLifecycle.variables(commitment));
            commitments.registerLifecycle(commitment.id(), execution.getProcessInstanceId());
        };
    }
}
