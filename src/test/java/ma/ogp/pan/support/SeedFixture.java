package ma.ogp.pan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minutes of 22 Feb 2024, as lists extracted from them and as the text itself with its sections parsed, to check
 * the demo against the user's own document.
 */
public final class SeedFixture {

    /** A numbered row of the minutes' table: number, title, observations, separated by tabs. */
    private static final Pattern ROW = Pattern.compile("^\\d+\\t([^\\t]+)\\t");

    private SeedFixture() {
    }

    public static List<String> commitmentTitles() {
        return lines("seed/commitment-titles.txt");
    }

    public static List<String> attendees() {
        return lines("seed/attendees.txt");
    }

    public static List<String> absentees() {
        return lines("seed/absentees.txt");
    }

    /** The minutes of 22 Feb 2024 as the user gave them (a copy of shared/seed/000_9d7673f3b05c37c1.txt). */
    public static String minutes() {
        return text("seed/minutes-2024-02-22.txt");
    }

    /**
     * The lines of a section of the minutes: the non-blank lines after its heading (e.g. "Ordre du jour :") up to
     * the next heading, without their "- " bullet.
     */
    public static List<String> minutesSection(String heading) {
        List<String> lines = minutes().lines().map(String::strip).toList();
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalArgumentException("No section " + heading + " in the minutes");
        }
        return lines.subList(start + 1, lines.size()).stream()
                .filter(line -> !line.isEmpty())
                .takeWhile(line -> !line.endsWith(":"))
                .map(line -> line.replaceFirst("^- ", ""))
                .toList();
    }

    /**
     * A section listing people or organisations, without the separators the minutes end them with, and with the
     * civility "Mme." written as the demo writes it ("Mme").
     */
    public static List<String> minutesNames(String heading) {
        return minutesSection(heading).stream()
                .map(line -> line.replaceFirst("[\\s;.]+$", "").replaceFirst("^Mme\\. ", "Mme "))
                .toList();
    }

    /** The titles in the numbered rows of the minutes' table of commitments, in order. */
    public static List<String> minutesCommitmentTitles() {
        return minutes().lines().map(ROW::matcher).filter(Matcher::find).map(row -> row.group(1)).toList();
    }

    private static List<String> lines(String resource) {
        return text(resource).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    private static String text(String resource) {
        try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
