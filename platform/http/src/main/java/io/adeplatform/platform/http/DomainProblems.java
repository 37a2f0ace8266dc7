package io.adeplatform.platform.http;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.DomainException;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.StaleVersion;
import io.adeplatform.platform.core.VersionRequired;

import java.util.Map;

/** The one place that says which HTTP status and title each kind of refused business rule gets. */
public final class DomainProblems {

    private record Answer(int status, String title) {
    }

    private static final Map<Class<?>, Answer> ANSWERS = Map.of(
            InvalidInput.class, new Answer(400, "Invalid request"),
            NotPermitted.class, new Answer(403, "Forbidden"),
            NotFound.class, new Answer(404, "Not found"),
            Conflict.class, new Answer(409, "Conflict"),
            StaleVersion.class, new Answer(412, "Precondition failed"),
            RuleViolation.class, new Answer(422, "Unprocessable request"),
            VersionRequired.class, new Answer(428, "Precondition required"));

    private DomainProblems() {
    }

    public static Problem of(DomainException e) {
        Answer answer = answerFor(e);
        String title = e.slug().equals("illegal-transition") ? "Illegal state transition" : answer.title();
        return new Problem(Problem.type(e.slug()), title, answer.status(), e.getMessage(), null, e.fieldErrors(), e.details());
    }

    /** The answer of the exception's kind (a service may subclass a kind). */
    private static Answer answerFor(DomainException e) {
        for (Class<?> kind = e.getClass(); kind != null; kind = kind.getSuperclass()) {
            Answer answer = ANSWERS.get(kind);
            if (answer != null) {
                return answer;
            }
        }
        throw new IllegalStateException("no HTTP answer for " + e.getClass().getName());
    }
}
