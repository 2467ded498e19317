package ma.ogp.pan.commitment;

import java.util.List;

import ma.ogp.pan.plan.ActionPlan;

/** The rules a fiche must meet before it is stored, whoever sends it (form, REST, import). */
public final class FicheValidator {

    private FicheValidator() {
    }

    public static void validate(CommitmentVersion fiche, ActionPlan plan) {
        require(fiche.title(), "title", "Le titre est obligatoire");
        require(fiche.problem(), "problem", "La problématique est obligatoire");
        require(fiche.proposedSolution(), "proposedSolution", "La solution proposée est obligatoire");
        if (fiche.ogpValues() == null || fiche.ogpValues().isEmpty()) {
            throw new InvalidFicheException("ogpValues", "Choisissez au moins une valeur OGP");
        }
        List<Activity> activities = fiche.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            String row = "activities[" + (i + 1) + "]";
            require(a.title(), row + ".title", "Chaque activité a un intitulé");
            if (a.startDate() == null || a.endDate() == null) {
                throw new InvalidFicheException(row, "Chaque activité a une date de début et une date de fin");
            }
            if (a.endDate().isBefore(a.startDate())) {
                throw new InvalidFicheException(row + ".endDate",
                        "L'activité « " + a.title() + " » se termine avant de commencer");
            }
            if (a.startDate().isBefore(plan.periodStart()) || a.endDate().isAfter(plan.periodEnd())) {
                throw new InvalidFicheException(row, "L'activité « " + a.title() + " » sort de la période du plan ("
                        + plan.periodStart() + " – " + plan.periodEnd() + ")");
            }
        }
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidFicheException(field, message);
        }
    }
}
