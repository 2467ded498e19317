package ma.ogp.pan.plan;

import org.springframework.http.HttpStatus;

/** A change asked on a plan whose co-creation has started: it is read-only. */
class PlanReadOnlyException extends InvalidPlanException {

    PlanReadOnlyException(String message) {
        super(message);
    }

    /** The input may be right, the plan's state refuses it. */
    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
