package ma.ogp.pan.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import ma.ogp.pan.config.PublicLocaleResolver;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.Days;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which pending comments the secretariat looks at or moderates at once: a draft, a range of submission days (in
 * the co-creation's time zone), a language; each part optional. A part that cannot be read is a 400, in French.
 *
 * @param commitment a draft's reference, or null
 * @param from       the first day, or null
 * @param to         the last day, or null
 * @param language   fr, ar or en, or null
 */
record ModerationFilter(String commitment, LocalDate from, LocalDate to, String language) {

    static ModerationFilter read(String commitment, String from, String to, String language, ActionPlan plan) {
        if (language != null && !language.isBlank() && !PublicLocaleResolver.LANGUAGES.contains(language)) {
            throw refused("Langue inconnue : choisissez fr, ar ou en.");
        }
        if (commitment != null && commitment.length() > 40) {
            throw refused("Référence d'engagement trop longue.");
        }
        ModerationFilter filter = new ModerationFilter(blankToNull(commitment), day(from, plan), day(to, plan),
                blankToNull(language));
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw refused("La date de fin précède la date de début.");
        }
        return filter;
    }

    /** The condition on {@code pan_public_comment p}, with its named parameters in {@code params}. */
    String where(long consultationId, ZoneId zone, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE p.consultation_id = :consultation AND p.status = 'PENDING'");
        params.put("consultation", consultationId);
        if (commitment != null) {
            where.append(" AND p.commitment_id IN (SELECT k.id FROM pan_commitment k WHERE k.reference = :commitment)");
            params.put("commitment", commitment);
        }
        if (from != null) {
            where.append(" AND p.submitted_at >= :from");
            params.put("from", from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" AND p.submitted_at < :until");
            params.put("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (language != null) {
            where.append(" AND p.language = :language");
            params.put("language", language);
        }
        return where.toString();
    }

    /** The filter as the page's links and hidden fields carry it. */
    Map<String, Object> asParams() {
        Map<String, Object> params = new HashMap<>();
        params.put("engagement", commitment == null ? "" : commitment);
        params.put("du", from == null ? "" : from.toString());
        params.put("au", to == null ? "" : to.toString());
        params.put("langue", language == null ? "" : language);
        return params;
    }

    private static LocalDate day(String text, ActionPlan plan) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = Days.parse(text);
            if (!plan.allows(day)) {
                throw refused("Date de dépôt : " + plan.outOfPeriod() + ".");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw refused("Date de dépôt illisible, attendue sous la forme AAAA-MM-JJ.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ResponseStatusException refused(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
