package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A route's breaker counts the service's failures only. A client that hangs up in the middle of its body, or sends
 * its declared body too slowly, fails its own call, not the service: (with the default settings, five failures in a
 * row open a breaker) many such calls leave the route open for everyone.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class RouteBreakersTest {

    @TestHTTPResource
    URL root;

    @Test
    void clientsClosingTheirConnectionDoNotOpenTheBreaker() throws Exception {
        String token = TestTokens.token("abby.abort", "executive");
        for (int i = 0; i < 8; i++) {
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(head("/api/aborted/things", token, 1000).getBytes(StandardCharsets.US_ASCII));
                out.write("{\"partial\":".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(150); // the gateway has forwarded the head and the first bytes
            } // closed with 989 bytes of the body unsent
        }
        Thread.sleep(300);
        given().header("Authorization", "Bearer " + token).get("/api/aborted/things")
                .then().statusCode(200).body("server", equalTo("aborted"));
    }

    @Test
    void clientsTooSlowWithTheirBodyGet408AndDoNotOpenTheBreaker() throws Exception {
        String token = TestTokens.token("sid.slow", "executive");
        for (int i = 0; i < 6; i++) {
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write(head("/api/patient/things", token, 100).getBytes(StandardCharsets.US_ASCII));
                out.write("{\"slow\":".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the rest never comes: after the route's 500 ms the gateway gives up on the client
                String answer = readHead(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("content-type: application/problem+json");
            }
        }
        given().header("Authorization", "Bearer " + token).get("/api/patient/things")
                .then().statusCode(200).body("server", equalTo("patient"));
    }

    private static String head(String path, String token, int contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
