package io.adeplatform.platform.core;

import java.util.List;

/** Input that is malformed in itself, with the fields at fault. */
public class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(String detail, List<FieldError> errors) {
        super("validation", detail, null);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput("the request has invalid fields", List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
