package ma.ogp.pan.meeting;

import java.time.LocalDate;

/** A steering-committee meeting. */
public record Meeting(Long id, long planId, LocalDate heldOn, String title, String location, boolean remote) {
}
