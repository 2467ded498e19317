package ma.ogp.pan.commitment;

import java.time.LocalDate;

/** A milestone of a fiche, with its calendar. */
public record Activity(String title, LocalDate startDate, LocalDate endDate, String deliverable) {
}
