package ma.ogp.pan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The public pages' refusal ({@code refused.html}): the status, the reason in the visitor's language, a way back. */
public final class RefusedPage {

    private RefusedPage() {
    }

    /** Sets the status and the page's model; returns the view to render. */
    public static String show(HttpServletResponse response, Model model, int status, String messageKey,
                              String backPath, String backKey) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("backPath", backPath);
        model.addAttribute("backKey", backKey);
        return "refused";
    }
}
