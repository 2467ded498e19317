package ma.ogp.pan.commitment;

import java.util.List;

/**
 * One field of a fiche compared between two versions: a text as words, a list as items, each piece kept, removed or
 * added ({@code field} is the fiche's name for it, {@code label} the French one).
 */
public record FieldChange(String field, String label, boolean text, List<Piece> pieces) {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    public boolean changed() {
        return pieces.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    /** The items removed, or added, whatever their place (for lists and tests). */
    public List<String> items(Kind kind) {
        return pieces.stream().filter(p -> p.kind() == kind).map(Piece::text).toList();
    }
}
