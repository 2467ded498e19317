package ma.ogp.pan.consultation;

import org.springframework.http.HttpStatus;

/** A public request refused with a status and a message key of the public pages' bundles. */
class ConsultationRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    ConsultationRefusal(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
