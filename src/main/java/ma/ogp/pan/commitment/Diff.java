package ma.ogp.pan.commitment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ma.ogp.pan.commitment.FieldChange.Kind;
import ma.ogp.pan.commitment.FieldChange.Piece;

/** The longest common subsequence of two sequences, as the pieces kept, removed and added, in reading order. */
final class Diff {

    /** Past this many cells (two texts of 10,000 characters are about 2,000 words each) a text is compared whole. */
    private static final long MAX_CELLS = 6_000_000;

    private Diff() {
    }

    /** Word by word: runs of the same kind are joined, so a reader sees phrases, not single words. */
    static List<Piece> words(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : (long) from.size() * to.size() > MAX_CELLS ? whole(from, to) : items(from, to)) {
            Piece last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.kind() == piece.kind()) {
                merged.set(merged.size() - 1, new Piece(piece.kind(), last.text() + " " + piece.text()));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }

    /** Item by item: an item changed in any way is one removed and one added. */
    static List<Piece> items(List<String> from, List<String> to) {
        int[][] common = new int[from.size() + 1][to.size() + 1];
        for (int i = from.size() - 1; i >= 0; i--) {
            for (int j = to.size() - 1; j >= 0; j--) {
                common[i][j] = from.get(i).equals(to.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < from.size() || j < to.size()) {
            if (i < from.size() && j < to.size() && from.get(i).equals(to.get(j))) {
                pieces.add(new Piece(Kind.SAME, from.get(i++)));
                j++;
            } else if (i < from.size() && (j == to.size() || common[i + 1][j] >= common[i][j + 1])) {
                // what went comes before what replaced it, as a reader expects
                pieces.add(new Piece(Kind.REMOVED, from.get(i++)));
            } else {
                pieces.add(new Piece(Kind.ADDED, to.get(j++)));
            }
        }
        return pieces;
    }

    private static List<Piece> whole(List<String> from, List<String> to) {
        if (from.equals(to)) {
            return List.of(new Piece(Kind.SAME, String.join(" ", from)));
        }
        return List.of(new Piece(Kind.REMOVED, String.join(" ", from)), new Piece(Kind.ADDED, String.join(" ", to)));
    }

    private static List<String> tokens(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
