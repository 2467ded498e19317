package ma.ogp.pan.publication;

import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The secretariat's view of a plan against OGP's co-creation minimum requirements. */
@Controller
class ComplianceController {

    private final SynthesisReportService reports;
    private final OgpCompliance compliance;
    private final ActionPlanRepository plans;

    ComplianceController(SynthesisReportService reports, OgpCompliance compliance, ActionPlanRepository plans) {
        this.reports = reports;
        this.compliance = compliance;
        this.plans = plans;
    }

    @GetMapping("/app/plans/{code}/conformite")
    String page(@PathVariable String code, Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan plan = plans.getByCode(code);
        model.addAttribute("plan", plan);
        model.addAttribute("requirements", compliance.of(reports.of(plan)));
        return "publication/compliance";
    }
}
