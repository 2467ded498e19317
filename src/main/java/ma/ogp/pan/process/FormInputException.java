package ma.ogp.pan.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form input the application refuses, with the field at fault. Camunda's own form-validation exception: the
 * engine REST API answers 400 with the message on complete and submit-form (Tasklist shows it), and the
 * transaction rolls back, so nothing is stored.
 */
public class FormInputException extends FormFieldValidationException {

    private final String field;

    public FormInputException(String field, String message) {
        super(field, message + " (" + field + ")");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
