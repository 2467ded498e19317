package ma.ogp.pan.commitment;

import java.util.List;
import java.util.Map;

import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Starts a commitment's instance of {@code commitment-lifecycle}, keyed by its reference. */
@Service
public class CommitmentLifecycle {

    /** The task that owes the work due by each deadline of the plan. */
    public static final Map<String, String> TASK_BY_DEADLINE = Map.of(
            Deadline.REVIEW_COMMENTS, "Task_ReviewCommitment",
            Deadline.REVISION, "Task_ReviseCommitment",
            Deadline.ASSESSMENT, "Task_AssessCommitments");

    private final RuntimeService runtime;
    private final CommitmentRepository commitments;

    CommitmentLifecycle(RuntimeService runtime, CommitmentRepository commitments) {
        this.runtime = runtime;
        this.commitments = commitments;
    }

    public ProcessInstance start(long commitmentId) {
        Commitment commitment = commitments.getById(commitmentId);
        return runtime.startProcessInstanceByKey(Processes.COMMITMENT_LIFECYCLE, commitment.reference(), variables(commitment));
    }

    /** The plan's submitted commitments, or those in review, that have no lifecycle running: those its co-creation starts. */
    public List<Commitment> awaitingStart(long planId) {
        return commitments.findByPlan(planId).stream()
                .filter(c -> c.status() == CommitmentStatus.SUBMITTED || c.status() == CommitmentStatus.UNDER_REVIEW)
                .filter(c -> !isRunning(c.reference()))
                .toList();
    }

    public boolean isRunning(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Processes.COMMITMENT_LIFECYCLE)
                .processInstanceBusinessKey(reference).count() > 0;
    }

    /** The ids the lifecycle runs on. */
    static VariableMap variables(Commitment commitment) {
        return Variables.createVariables()
                .putValue("commitmentId", commitment.id())
                .putValue("planId", commitment.planId())
                .putValue("focalPointsGroup", CamundaGroups.focalPoints(commitment.leadInstitutionCode()));
    }
}
