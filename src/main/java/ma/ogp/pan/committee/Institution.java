package ma.ogp.pan.committee;

/** A public institution, an association or an international partner. */
public record Institution(Long id, String code, String name, String acronym, Sector sector) {

    public String shortName() {
        return acronym != null ? acronym : name;
    }
}
