package ma.ogp.pan.web;

import ma.ogp.pan.notification.NotificationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What every public page's footer links to: the privacy notice (the comment form collects names and e-mail
 * addresses) and the accessibility statement, in the visitor's language, and the secretariat's address to write to.
 */
@Controller
public class PublicNotices {

    public static final String PRIVACY = "/confidentialite";
    public static final String ACCESSIBILITY = "/accessibilite";

    private final NotificationProperties notification;

    PublicNotices(NotificationProperties notification) {
        this.notification = notification;
    }

    /** The secretariat's address, for the footers ({@code @publicNotices.contactEmail()} in templates). */
    public String contactEmail() {
        return notification.contact();
    }

    @GetMapping(PRIVACY)
    String privacy(Model model) {
        return notice(model, "privacy", 5);
    }

    @GetMapping(ACCESSIBILITY)
    String accessibility(Model model) {
        return notice(model, "accessibility", 4);
    }

    /** One page for both: its title and paragraphs are the messages {@code key.title}, {@code key.p1}... */
    private static String notice(Model model, String key, int paragraphs) {
        model.addAttribute("notice", key);
        model.addAttribute("paragraphs", paragraphs);
        return "notices/notice";
    }
}
