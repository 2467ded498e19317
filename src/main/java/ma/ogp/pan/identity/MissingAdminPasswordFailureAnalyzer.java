package ma.ogp.pan.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing admin password into a two-line start-up message instead of a stack trace. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set PAN_ADMIN_PASSWORD (and optionally PAN_ADMIN_USER) in the environment, then start again.", cause);
    }
}
