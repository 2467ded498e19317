package ma.ogp.pan.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a {@link PlanForm} into a plan, its phases and its deadlines, or refuses it whole with a French message. */
final class PlanRules {

    /** Letters and digits only: the code names the plan in addresses and starts every commitment reference (PAN4-01). */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    static final int MAX_TITLE = 300;
    /** The deadlines set with the plan, in their order; the consultation's own is set when it is prepared. */
    static final List<String> DEADLINE_KINDS = List.of(Deadline.REVIEW_COMMENTS, Deadline.REVISION, Deadline.ASSESSMENT);
    /** Without them the co-creation cannot run past the call for commitments: its windows time out on them. */
    static final List<String> DEADLINES_TO_START = List.of(Deadline.REVIEW_COMMENTS, Deadline.REVISION);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlanRules() {
    }

    /** What the form sets, ready to store. */
    record PlanSettings(ActionPlan plan, List<PlanPhase> phases, Map<String, LocalDate> deadlines,
                        Participation participation) {
    }

    /** The form read for a new plan ({@code id} null) or for the plan with this id and code. */
    static PlanSettings read(PlanForm form, Long id, String code) {
        knownKeys(form);
        String title = text(form.getTitle());
        if (title == null) {
            throw new InvalidPlanException("Indiquez l'intitulé du plan.");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidPlanException("L'intitulé du plan ne doit pas dépasser " + MAX_TITLE + " caractères.");
        }
        LocalDate start = day(form.getPeriodStart(), "le début de la période du plan");
        LocalDate end = day(form.getPeriodEnd(), "la fin de la période du plan");
        if (!end.isAfter(start)) {
            throw new InvalidPlanException("La fin de la période du plan doit suivre son début.");
        }
        ActionPlan plan = new ActionPlan(id, code, title, start, end);
        List<PlanPhase> phases = phases(form, plan);
        return new PlanSettings(plan, phases, deadlines(form, plan, phases), participation(form));
    }

    /** The code of a new plan, checked; a code already taken is the caller's check. */
    static String code(String text) {
        String code = text(text);
        if (code == null) {
            throw new InvalidPlanException("Indiquez le code du plan (par exemple PAN4).");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPlanException("Le code du plan s'écrit en 2 à 20 lettres majuscules et chiffres, en"
                    + " commençant par une lettre, sans espace ni tiret (par exemple PAN4).");
        }
        return code;
    }

    private static List<PlanPhase> phases(PlanForm form, ActionPlan plan) {
        List<PlanPhase> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            String startText = text(form.getPhaseStarts().get(phase.name()));
            String endText = text(form.getPhaseEnds().get(phase.name()));
            if (startText == null && endText == null) {
                continue;
            }
            String named = "la phase « " + phase.label() + " »";
            if (startText == null || endText == null) {
                throw new InvalidPlanException("Indiquez le début et la fin de " + named + ", ou laissez les deux vides.");
            }
            LocalDate starts = day(startText, "le début de " + named);
            LocalDate ends = day(endText, "la fin de " + named);
            if (ends.isBefore(starts)) {
                throw new InvalidPlanException("La fin de " + named + " précède son début.");
            }
            if (!plan.allows(starts) || !plan.allows(ends)) {
                throw new InvalidPlanException("Phase « " + phase.label() + " » : " + plan.outOfPeriod() + ".");
            }
            if (!phases.isEmpty() && !starts.isAfter(phases.get(phases.size() - 1).endsOn())) {
                PlanPhase previous = phases.get(phases.size() - 1);
                throw new InvalidPlanException("La phase « " + phase.label() + " » doit commencer après la fin de la"
                        + " phase « " + previous.phase().label() + " » (" + previous.endsOn().format(DAY)
                        + ") : les phases se suivent dans l'ordre du calendrier, sans se chevaucher.");
            }
            phases.add(new PlanPhase(phase, starts, ends));
        }
        return phases;
    }

    private static Map<String, LocalDate> deadlines(PlanForm form, ActionPlan plan, List<PlanPhase> phases) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        String previous = null;
        for (String kind : DEADLINE_KINDS) {
            String text = text(form.getDeadlines().get(kind));
            if (text == null) {
                continue;
            }
            String named = "l'échéance « " + Deadline.label(kind) + " »";
            LocalDate due = day(text, named);
            if (!plan.allows(due)) {
                throw new InvalidPlanException("Échéance « " + Deadline.label(kind) + " » : " + plan.outOfPeriod() + ".");
            }
            if (previous != null && !due.isAfter(deadlines.get(previous))) {
                throw new InvalidPlanException("L'échéance « " + Deadline.label(kind) + " » doit suivre l'échéance « "
                        + Deadline.label(previous) + " » (" + deadlines.get(previous).format(DAY) + ").");
            }
            deadlines.put(kind, due);
            previous = kind;
        }
        LocalDate callEnds = phases.stream().filter(p -> p.phase() == Phase.CALL_FOR_COMMITMENTS)
                .map(PlanPhase::endsOn).findFirst().orElse(null);
        LocalDate review = deadlines.get(Deadline.REVIEW_COMMENTS);
        if (callEnds != null && review != null && !review.isAfter(callEnds)) {
            throw new InvalidPlanException("L'échéance « " + Deadline.label(Deadline.REVIEW_COMMENTS) + " » doit suivre la fin"
                    + " de l'appel à engagements (" + callEnds.format(DAY) + ").");
        }
        return deadlines;
    }

    private static Participation participation(PlanForm form) {
        return new Participation(participation(form.getParticipationFr(), "en français"),
                participation(form.getParticipationAr(), "en arabe"),
                participation(form.getParticipationEn(), "en anglais"));
    }

    private static String participation(String text, String language) {
        String kept = text(text);
        if (kept != null && kept.length() > Participation.MAX_CHARS) {
            throw new InvalidPlanException("Les modalités de participation " + language + " ne doivent pas dépasser "
                    + Participation.MAX_CHARS + " caractères.");
        }
        return kept;
    }

    private static LocalDate day(String text, String what) {
        String kept = text(text);
        if (kept == null) {
            throw new InvalidPlanException("Indiquez " + what + ".");
        }
        try {
            return Days.parse(kept);
        } catch (DateTimeParseException e) {
            throw new InvalidPlanException("La date donnée pour " + what + " n'est pas une date valide (AAAA-MM-JJ).");
        }
    }

    /** Dates keyed by an unknown name would be silently dropped: refused instead. */
    private static void knownKeys(PlanForm form) {
        Set<String> phases = Arrays.stream(Phase.values()).map(Phase::name).collect(Collectors.toSet());
        if (!phases.containsAll(form.getPhaseStarts().keySet()) || !phases.containsAll(form.getPhaseEnds().keySet())
                || !DEADLINE_KINDS.containsAll(form.getDeadlines().keySet())) {
            throw new InvalidPlanException("Champ inconnu du formulaire : les phases et les échéances sont celles"
                    + " que le formulaire propose.");
        }
    }

    /** Stripped, or null when blank. */
    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
