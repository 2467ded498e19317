package ma.ogp.pan.meeting;

/** The parts of a meeting's record: ordre du jour, points abordés, points arrêtés. */
public enum MeetingItemKind {
    AGENDA,
    DISCUSSION,
    DECISION
}
