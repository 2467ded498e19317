package ma.ogp.pan.plan;

import java.time.LocalDate;

/** One phase of the published co-creation calendar. */
public record PlanPhase(Phase phase, LocalDate startsOn, LocalDate endsOn) {
}
