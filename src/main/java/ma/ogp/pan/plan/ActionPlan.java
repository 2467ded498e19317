package ma.ogp.pan.plan;

import java.time.LocalDate;

/** One co-creation cycle, e.g. PAN3 2024-2027, and the plan it produces. */
public record ActionPlan(Long id, String code, String title, LocalDate periodStart, LocalDate periodEnd) {

    /** The first date a record of the plan may carry: ideas and meetings come up to a year before its period. */
    public LocalDate earliestDate() {
        return periodStart.minusYears(1);
    }

    /** The last date a record of the plan may carry: its follow-up goes on up to a year after its period. */
    public LocalDate latestDate() {
        return periodEnd.plusYears(1);
    }

    public boolean allows(LocalDate day) {
        return !day.isBefore(earliestDate()) && !day.isAfter(latestDate());
    }

    /** Why a date outside {@link #allows} is refused, in French. */
    public String outOfPeriod() {
        return "date hors de la période du plan " + code + " (du " + earliestDate() + " au " + latestDate() + ")";
    }
}
