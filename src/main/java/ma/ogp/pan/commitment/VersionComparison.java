package ma.ogp.pan.commitment;

import java.util.List;
import java.util.Map;

/** Two versions of a fiche and, field by field, what changed from the first to the second. */
public record VersionComparison(CommitmentVersion from, CommitmentVersion to, List<FieldChange> fields) {

    /** {@code institutions}: the name of each institution by code, as the pages show them. */
    static VersionComparison of(CommitmentVersion from, CommitmentVersion to, Map<String, String> institutions) {
        return new VersionComparison(from, to, List.of(
                text("title", "Titre", from.title(), to.title()),
                text("problem", "Problématique", from.problem(), to.problem()),
                text("proposedSolution", "Solution proposée", from.proposedSolution(), to.proposedSolution()),
                list("activities", "Activités (jalons) avec calendrier", activities(from), activities(to)),
                list("indicators", "Indicateurs de suivi et d'impact", from.indicators(), to.indicators()),
                list("supportingInstitutions", "Institutions partenaires", names(from, institutions),
                        names(to, institutions)),
                list("ogpValues", "Valeurs OGP", values(from), values(to))));
    }

    public List<FieldChange> changed() {
        return fields.stream().filter(FieldChange::changed).toList();
    }

    private static FieldChange text(String field, String label, String before, String after) {
        return new FieldChange(field, label, true, Diff.words(before, after));
    }

    private static FieldChange list(String field, String label, List<String> before, List<String> after) {
        return new FieldChange(field, label, false, Diff.items(before, after));
    }

    private static List<String> activities(CommitmentVersion version) {
        return version.activities().stream().map(Activity::summary).toList();
    }

    private static List<String> names(CommitmentVersion version, Map<String, String> institutions) {
        return version.supportingInstitutionCodes().stream().map(code -> institutions.getOrDefault(code, code)).toList();
    }

    private static List<String> values(CommitmentVersion version) {
        return version.ogpValues().stream().sorted().map(OgpValue::label).toList();
    }
}
