package ma.ogp.pan.commitment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The current fiche as read-only text fields of a task form ({@code ficheTitle}, {@code ficheProblem}...). */
@Component
public class CommitmentPresenter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CommitmentRepository commitments;

    CommitmentPresenter(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    /**
     * Prefixes the task's name with the commitment's reference and short title: Tasklist lists many tasks of the
     * same kind, one per commitment.
     */
    public void nameAfterCommitment(DelegateTask task, long commitmentId) {
        nameAfter(task, commitments.getById(commitmentId));
    }

    /** The variables of {@link #fiche}: a process that shows the fiche on several tasks removes them afterwards. */
    public static final List<String> FICHE_VARIABLES = List.of("reference", "leadInstitution", "ficheTitle",
            "ficheProblem", "ficheSolution", "ficheActivities", "ficheIndicators", "ficheOgpValues");

    /** The commitment's current fiche as read-only form fields, to show on the tasks of a scope. */
    public VariableMap fiche(long commitmentId) {
        return currentFiche(commitments.getById(commitmentId));
    }

    /** Names the task after the commitment and shows its current fiche on it, read-only (task-local). */
    public void present(DelegateTask task, long commitmentId) {
        Commitment commitment = commitments.getById(commitmentId);
        nameAfter(task, commitment);
        task.setVariablesLocal(currentFiche(commitment));
    }

    /** The current fiche as one text, for lists that show many commitments in one form. */
    public String ficheText(Commitment commitment) {
        VariableMap fiche = currentFiche(commitment);
        return "Institution porteuse : " + fiche.get("leadInstitution")
                + "\nProblématique : " + fiche.get("ficheProblem")
                + "\nSolution proposée : " + fiche.get("ficheSolution")
                + "\nActivités :\n" + fiche.get("ficheActivities")
                + "\nIndicateurs :\n" + fiche.get("ficheIndicators")
                + "\nValeurs OGP : " + fiche.get("ficheOgpValues");
    }

    private static void nameAfter(DelegateTask task, Commitment commitment) {
        String title = commitment.title().length() > 90 ? commitment.title().substring(0, 89) + "…" : commitment.title();
        task.setName(commitment.reference() + " · " + task.getName() + " — " + title);
    }

    private VariableMap currentFiche(Commitment commitment) {
        CommitmentVersion fiche = commitments.findVersion(commitment.id(), commitment.currentVersionNo()).orElseThrow();
        return Variables.createVariables()
                .putValue("reference", commitment.reference())
                .putValue("leadInstitution", commitment.leadInstitutionName())
                .putValue("ficheTitle", fiche.title())
                .putValue("ficheProblem", fiche.problem())
                .putValue("ficheSolution", fiche.proposedSolution())
                .putValue("ficheActivities", fiche.activities().stream()
                        .map(a -> "• " + a.title() + " (" + a.startDate().format(DAY) + " – " + a.endDate().format(DAY)
                                + ")" + (a.deliverable() == null ? "" : " : " + a.deliverable()))
                        .collect(Collectors.joining("\n")))
                .putValue("ficheIndicators", fiche.indicators().stream().map(i -> "• " + i)
                        .collect(Collectors.joining("\n")))
                .putValue("ficheOgpValues", fiche.ogpValues().stream().map(OgpValue::label)
                        .collect(Collectors.joining(", ")));
    }
}
