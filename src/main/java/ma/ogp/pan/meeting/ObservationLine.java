package ma.ogp.pan.meeting;

import java.time.LocalDate;
import java.util.Set;

import ma.ogp.pan.review.SuggestionKind;

/**
 * One observation a meeting recorded on a commitment, with the commitment as the meeting saw it: its number in the
 * plan (the minutes' numbering) and the title of the version under review; {@code newTitle} is the title of the
 * revision that followed, when it changed. {@code author} is the member who wrote it in her review (null when the
 * meeting itself recorded it).
 */
public record ObservationLine(long meetingId, LocalDate heldOn, int commitmentNumber, String reference,
                              String commitmentTitle, String newTitle, long observationId, String text,
                              String author, Set<SuggestionKind> suggestions) {
}
