package io.adeplatform.platform.core;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A currency field of a request: an ISO 4217 code the JDK knows ({@link Money#isIsoCurrency}); null is valid. */
@Documented
@Constraint(validatedBy = IsoCurrency.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {

    String message() default Money.CURRENCY_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoCurrency, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Money.isIsoCurrency(value);
        }
    }
}
