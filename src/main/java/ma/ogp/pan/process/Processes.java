package ma.ogp.pan.process;

/** The process keys and message names of the models in processes/: one name each, as the BPMN spells it. */
public final class Processes {

    public static final String ACTION_PLAN_COCREATION = "action-plan-cocreation";
    public static final String COMMITMENT_LIFECYCLE = "commitment-lifecycle";
    public static final String MEETING_INVITATIONS = "meeting-invitations";

    /** Messages the application correlates; never a person (see {@link EngineOperations#INTERNAL}). */
    public static final String REVIEW_WINDOW_CLOSED = "ReviewWindowClosed";
    public static final String CONSULTATION_CLOSED = "ConsultationClosed";
    public static final String PLAN_ADOPTED = "PlanAdopted";
    /** The plan is adopted while a lifecycle is elsewhere than at its final fiche: its event sub-process ends it. */
    public static final String PLAN_ADOPTED_BEFORE_FINAL_FICHE = "PlanAdoptedBeforeFinalFiche";
    public static final String DEADLINE_EXTENDED = "DeadlineExtended";
    /** A scheduled meeting moved or was cancelled: its meeting-invitations instance mails the update or cancellation. */
    public static final String MEETING_MOVED = "MeetingMoved";
    public static final String MEETING_CANCELLED = "MeetingCancelled";

    private Processes() {
    }
}
