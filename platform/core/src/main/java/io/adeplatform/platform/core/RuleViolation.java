package io.adeplatform.platform.core;

import java.util.Map;

/** Well-formed input that breaks a business rule (milestones not summing to the line value, mixed currencies). */
public class RuleViolation extends DomainException {

    public RuleViolation(String slug, String detail) {
        super(slug, detail, null);
    }

    public RuleViolation(String slug, String detail, Map<String, Object> details) {
        super(slug, detail, details);
    }
}
