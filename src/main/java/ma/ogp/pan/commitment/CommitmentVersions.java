package ma.ogp.pan.commitment;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of a fiche, read as it was submitted, and the comparison of two of them. */
@Service
@Transactional(readOnly = true)
public class CommitmentVersions {

    /** Up to six digits: no fiche is revised a million times, and a longer number would not fit an int. */
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    private final CommitmentRepository commitments;
    private final CommitteeRepository committee;

    CommitmentVersions(CommitmentRepository commitments, CommitteeRepository committee) {
        this.commitments = commitments;
        this.committee = committee;
    }

    /** The version's partner institutions by name (a fiche names them by code). */
    public List<String> partners(CommitmentVersion version) {
        Map<String, String> names = institutionNames();
        return version.supportingInstitutionCodes().stream().map(code -> names.getOrDefault(code, code)).toList();
    }

    private Map<String, String> institutionNames() {
        return committee.findAllInstitutions().stream().collect(Collectors.toMap(Institution::code, Institution::name));
    }

    /** The commitment of that plan with that reference, or a 404. */
    public Commitment commitment(long planId, String reference) {
        return commitments.findByReference(reference).filter(c -> c.planId() == planId)
                .orElseThrow(() -> VersionRefusal.notFound("Aucun engagement « " + reference + " » dans ce plan."));
    }

    /** Every version, oldest first. */
    public List<CommitmentVersion> all(Commitment commitment) {
        return IntStream.rangeClosed(1, commitment.currentVersionNo())
                .mapToObj(n -> commitments.findVersion(commitment.id(), n).orElseThrow()).toList();
    }

    /** The version numbered {@code number} as the address writes it: 400 when not a number, 404 when absent. */
    public CommitmentVersion version(Commitment commitment, String number) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new VersionRefusal(HttpStatus.BAD_REQUEST, "Numéro de version invalide : "
                    + (number == null || number.isBlank() ? "aucun" : "« " + abbreviate(number) + " »")
                    + ". Une version se désigne par un nombre entier à partir de 1.");
        }
        return commitments.findVersion(commitment.id(), Integer.parseInt(number)).orElseThrow(() ->
                VersionRefusal.notFound("L'engagement " + commitment.reference() + " n'a pas de version " + number
                        + " (dernière version : " + commitment.currentVersionNo() + ")."));
    }

    public VersionComparison compare(Commitment commitment, String from, String to) {
        return VersionComparison.of(version(commitment, from), version(commitment, to), institutionNames());
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
