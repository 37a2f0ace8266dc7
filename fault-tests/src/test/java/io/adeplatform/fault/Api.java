package io.adeplatform.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small JSON client over java.net.http: what a front-end would send, with explicit timeouts. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Api() {
    }

    /** An answer and its ETag (null without one); status -1 when no answer came (connection refused, timeout). */
    record Answer(int status, JsonNode body, String etag) {
        boolean ok() {
            return status / 100 == 2;
        }

        String text(String field) {
            return body.path(field).asText();
        }
    }

    static Answer get(String url, String bearer) {
        return call("GET", url, bearer, null, Map.of());
    }

    /** A change of an existing item: sent with If-Match naming the version a GET of {@code itemUrl} answers now. */
    static Answer change(String method, String url, String itemUrl, String bearer, Object body) {
        String etag = get(itemUrl, bearer).etag();
        return call(method, url, bearer, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    static Answer post(String url, String bearer, Object body, Map<String, String> headers) {
        return call("POST", url, bearer, body, headers);
    }

    static Answer call(String method, String url, String bearer, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Authorization", bearer)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = MissingNode.getInstance();
            if (response.body().length > 0) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    // e.g. a proxy's plain-text error: the status says enough
                }
            }
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException noAnswer) {
            return new Answer(-1, MissingNode.getInstance(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every item of a paginated list ({@code {items, hasMore}}), page by page. */
    static List<JsonNode> all(String url, String bearer) {
        List<JsonNode> items = new ArrayList<>();
        String separator = url.contains("?") ? "&" : "?";
        for (int page = 0; page < 1000; page++) {
            Answer answer = get(url + separator + "limit=200&page=" + page, bearer);
            if (!answer.ok()) {
                throw new AssertionError("GET " + url + " answered " + answer.status() + ": " + answer.body());
            }
            JsonNode list = answer.body().has("items") ? answer.body().get("items") : answer.body();
            list.forEach(items::add);
            if (!answer.body().path("hasMore").asBoolean(false)) {
                return items;
            }
        }
        throw new AssertionError("more than 1000 pages at " + url);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
