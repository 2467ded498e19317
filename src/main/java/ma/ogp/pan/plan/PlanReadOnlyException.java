package ma.ogp.pan.plan;

/** A change asked on a plan whose co-creation has started: it is read-only. */
class PlanReadOnlyException extends InvalidPlanException {

    PlanReadOnlyException(String message) {
        super(message);
    }
}
