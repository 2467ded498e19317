package ma.ogp.pan.committee;

/** Which side of the steering committee an institution sits on. */
public enum Sector {
    GOVERNMENT,
    CIVIL_SOCIETY,
    /** partners and observers (OECD, OGP Support Unit): no vote in the committee */
    INTERNATIONAL
}
