package ma.ogp.pan.commitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A milestone of a fiche, with its calendar. */
public record Activity(String title, LocalDate startDate, LocalDate endDate, String deliverable) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The activity on one line, as the version pages show and compare it: its dates and deliverable belong to it. */
    public String summary() {
        return title + " (" + startDate.format(DAY) + " – " + endDate.format(DAY) + ")"
                + (deliverable == null || deliverable.isBlank() ? "" : " : " + deliverable);
    }
}
