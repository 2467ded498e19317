package ma.ogp.pan.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat's entry of a plan. Dates stay text until {@link PlanRules} reads them, so that a bad date gets a
 * clear message like any other refusal. Phase dates are keyed by the {@link Phase} name, deadlines by their kind.
 */
public class PlanForm {

    private String code;
    private String title;
    private String periodStart;
    private String periodEnd;
    private Map<String, String> phaseStarts = new LinkedHashMap<>();
    private Map<String, String> phaseEnds = new LinkedHashMap<>();
    private Map<String, String> deadlines = new LinkedHashMap<>();
    private String participationFr;
    private String participationAr;
    private String participationEn;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Map<String, String> getPhaseStarts() {
        return phaseStarts;
    }

    public void setPhaseStarts(Map<String, String> phaseStarts) {
        this.phaseStarts = phaseStarts;
    }

    public Map<String, String> getPhaseEnds() {
        return phaseEnds;
    }

    public void setPhaseEnds(Map<String, String> phaseEnds) {
        this.phaseEnds = phaseEnds;
    }

    public Map<String, String> getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(Map<String, String> deadlines) {
        this.deadlines = deadlines;
    }

    public String getParticipationFr() {
        return participationFr;
    }

    public void setParticipationFr(String participationFr) {
        this.participationFr = participationFr;
    }

    public String getParticipationAr() {
        return participationAr;
    }

    public void setParticipationAr(String participationAr) {
        this.participationAr = participationAr;
    }

    public String getParticipationEn() {
        return participationEn;
    }

    public void setParticipationEn(String participationEn) {
        this.participationEn = participationEn;
    }
}
