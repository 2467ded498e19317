package ma.ogp.pan.ranking;

import java.util.Set;

import ma.ogp.pan.commitment.OgpValue;

/** One committee member's assessment of one commitment. */
public record ImpactAssessment(long commitmentId, String assessorLogin, boolean civilSociety, boolean verifiable,
                               Set<OgpValue> relevantValues, ImpactLevel impact, String justification) {
}
