package ma.ogp.pan.plan;

import java.util.Locale;

/** How to take part in the co-creation, as the secretariat writes it for the public timeline, per language. */
public record Participation(String fr, String ar, String en) {

    public static final int MAX_CHARS = 2000;

    /** The text in the visitor's language, or the French one when that language has none. */
    public Text in(Locale locale) {
        String own = switch (locale.getLanguage()) {
            case "ar" -> ar;
            case "en" -> en;
            default -> fr;
        };
        return own == null || own.isBlank() ? new Text(fr, "fr") : new Text(own, locale.getLanguage());
    }

    /** A text and the language it is written in, for the page's {@code lang} attribute. */
    public record Text(String text, String lang) {
    }
}
