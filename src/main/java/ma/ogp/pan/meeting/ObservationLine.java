package ma.ogp.pan.meeting;

import java.time.LocalDate;
import java.util.Set;

import ma.ogp.pan.review.SuggestionKind;

/**
 * One observation a meeting recorded on a commitment, with the commitment as the meeting saw it: its number in the
 * plan (the minutes' numbering) and the title of the version under review.
 */
public record ObservationLine(long meetingId, LocalDate heldOn, int commitmentNumber, String reference,
                              String commitmentTitle, long observationId, String text,
                              Set<SuggestionKind> suggestions) {
}
