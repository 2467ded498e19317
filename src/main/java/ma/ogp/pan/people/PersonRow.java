package ma.ogp.pan.people;

import java.time.OffsetDateTime;

import ma.ogp.pan.committee.Sector;

/** A person as the staff pages show her: her organisation, her constituency (its sector) and whether she left. */
public record PersonRow(long id, String login, String civility, String firstName, String lastName, String email,
                        long institutionId, String institutionCode, String institutionName, Sector sector,
                        OffsetDateTime deactivatedAt) {

    public String displayName() {
        return (civility == null ? "" : civility + " ") + firstName + " " + lastName;
    }

    public boolean active() {
        return deactivatedAt == null;
    }

    public String constituency() {
        return Constituency.label(sector);
    }
}
