package io.adeplatform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Requests through the gateway exactly as written — a path or query with percent-encoded control characters, a body
 * that is not JSON at all, any content type — each bounded in time, for the hostile-input tests.
 */
final class RawHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final RunningPlatform platform;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RawHttp(RunningPlatform platform) {
        this.platform = platform;
    }

    /** What was sent: a method, the path with its query already encoded, and optionally a body with its type. */
    record Request(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
    }

    /** What came back; status -1 when no answer came within {@link #TIMEOUT}, or the connection failed. */
    record Answer(int status, String contentType, String body, Duration took) {

        boolean answered() {
            return status > 0;
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json") && body.contains("\"title\"");
        }

        String abbreviated() {
            String flat = body.replace('\n', ' ');
            return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
        }
    }

    Answer send(DemoCaller caller, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + request.pathAndQuery()))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (caller != null) {
            builder.header("Authorization", caller.bearer(platform));
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        HttpRequest built = builder.build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException closed) {
                // a pooled keep-alive connection the gateway had closed (after an answer it sent without reading the
                // whole body): the client's artefact, not the platform's; a fresh connection answers
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "", "no answer within " + TIMEOUT.toSeconds() + " s", Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(-1, "", "connection failed twice: " + e, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
