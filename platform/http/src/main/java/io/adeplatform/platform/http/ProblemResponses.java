package io.adeplatform.platform.http;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Builds problem responses, one place for the media type and the instance member. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, String requestPath) {
        Problem withInstance = problem.instance() == null && requestPath != null
                ? problem.withInstance(URI.create(requestPath)) : problem;
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
    }

    public static Response of(int status, String slug, String title, String detail, String requestPath) {
        return of(new ProblemException(status, slug, title, detail).toProblem(), requestPath);
    }
}
