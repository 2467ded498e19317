package ma.ogp.pan.people;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ma.ogp.pan.committee.Sector;

/** A person's constituency is her organisation's sector: the labels the pages and the imports use. */
final class Constituency {

    private Constituency() {
    }

    static String label(Sector sector) {
        return switch (sector) {
            case GOVERNMENT -> "Administration";
            case CIVIL_SOCIETY -> "Société civile";
            case INTERNATIONAL -> "Partenaire international";
        };
    }

    /** Every sector with its label, in the order the forms offer them. */
    static Map<Sector, String> labels() {
        Map<Sector, String> labels = new LinkedHashMap<>();
        Arrays.stream(Sector.values()).forEach(s -> labels.put(s, label(s)));
        return labels;
    }

    /** A sector as a form or a file gives it: its code, in any case. */
    static Optional<Sector> parse(String text) {
        return Arrays.stream(Sector.values()).filter(s -> s.name().equals(text.toUpperCase(Locale.ROOT))).findFirst();
    }
}
