package io.adeplatform.platform.http;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.DomainException;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.StaleVersion;
import io.adeplatform.platform.core.VersionRequired;

/** The one place that says which HTTP status and title each kind of refused business rule gets. */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static Problem of(DomainException e) {
        return new Problem(Problem.type(e.slug()), title(e), status(e), e.getMessage(), null, e.fieldErrors(), e.details());
    }

    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof Conflict) {
            return 409;
        }
        if (e instanceof InvalidInput) {
            return 400;
        }
        if (e instanceof NotPermitted) {
            return 403;
        }
        if (e instanceof StaleVersion) {
            return 412;
        }
        if (e instanceof VersionRequired) {
            return 428;
        }
        if (e instanceof RuleViolation) {
            return 422;
        }
        throw new IllegalStateException("no HTTP status for " + e.getClass().getName());
    }

    private static String title(DomainException e) {
        return switch (status(e)) {
            case 404 -> "Not found";
            case 409 -> e.slug().equals("illegal-transition") ? "Illegal state transition" : "Conflict";
            case 400 -> "Invalid request";
            case 403 -> "Forbidden";
            case 412 -> "Precondition failed";
            case 428 -> "Precondition required";
            default -> "Unprocessable request";
        };
    }
}
