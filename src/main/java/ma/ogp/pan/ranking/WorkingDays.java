package ma.ogp.pan.ranking;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days in Morocco's administration: Monday to Friday (public holidays are not counted out). */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
