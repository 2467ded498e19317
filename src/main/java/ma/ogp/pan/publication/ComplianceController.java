package ma.ogp.pan.publication;

import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
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

    ComplianceController(SynthesisReportService reports, OgpCompliance compliance) {
        this.reports = reports;
        this.compliance = compliance;
    }

    @GetMapping("/app/plans/{code}/conformite")
    String page(@PathVariable String code, Authentication user, Model model) {
        SecretariatOnly.require(user);
        ActionPlan plan = reports.plan(code);
        model.addAttribute("plan", plan);
        model.addAttribute("requirements", compliance.of(reports.of(plan)));
        return "publication/compliance";
    }
}
