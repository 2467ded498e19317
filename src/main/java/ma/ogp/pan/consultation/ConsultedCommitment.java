package ma.ogp.pan.consultation;

import java.util.Set;

import ma.ogp.pan.commitment.OgpValue;

/** A draft commitment as the public pages list it: its current version's title and OGP values. */
public record ConsultedCommitment(long id, String reference, int number, int versionNo, String title,
                                  String leadInstitutionCode, String leadInstitutionName, Set<OgpValue> ogpValues) {
}
