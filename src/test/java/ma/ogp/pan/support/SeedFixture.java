package ma.ogp.pan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lists extracted from the minutes of 22 Feb 2024, to check the demo against the user's own document. */
public final class SeedFixture {

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

    private static List<String> lines(String resource) {
        try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
