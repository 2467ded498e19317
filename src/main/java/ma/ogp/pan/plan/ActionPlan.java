package ma.ogp.pan.plan;

import java.time.LocalDate;

/** One co-creation cycle, e.g. PAN3 2024-2027, and the plan it produces. */
public record ActionPlan(Long id, String code, String title, LocalDate periodStart, LocalDate periodEnd) {
}
