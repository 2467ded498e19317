package ma.ogp.pan.adoption;

/** A new decision of the committee replaced the adopted plan; what was published follows it. */
public record PlanSuperseded(long planId, String decision) {
}
