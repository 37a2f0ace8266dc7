package io.adeplatform.escalation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.escalation.Escalations.body;
import static io.adeplatform.platform.testing.ProblemAnswers.refused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 against escalation: strict enums and date-times, list limits, control characters; nothing opened. */
@QuarkusTest
class HostileInputTest extends WithAccountTeam {

    private RequestSpecification asExec() {
        return given().header("Authorization", exec).contentType(ContentType.JSON);
    }

    @Test
    void hostileBodiesOpenNothing() {
        UUID customer = customer("Hostile Health");
        Map<String, Object> numericSeverity = body(customer, "high");
        numericSeverity.put("severity", 2);
        assertThat(refused(asExec().body(numericSeverity).post("/api/escalations"), 400)).containsExactly("severity");
        for (String raisedAt : List.of("+999999999-12-31T00:00:00Z", "0000-01-01T00:00:00Z")) {
            Map<String, Object> body = body(customer, "high");
            body.put("raisedAt", raisedAt);
            assertThat(refused(asExec().body(body).post("/api/escalations"), 400)).containsExactly("raisedAt");
        }
        Map<String, Object> nul = body(customer, "high");
        nul.put("description", "line one\nline two\u0000");
        assertThat(refused(asExec().body(nul).post("/api/escalations"), 400)).containsExactly("description");
        Map<String, Object> watchers = body(customer, "high");
        watchers.put("watchers", Collections.nCopies(51, "someone"));
        assertThat(refused(asExec().body(watchers).post("/api/escalations"), 400)).containsExactly("watchers");
        assertThat(refused(given().header("Authorization", exec).contentType(ContentType.JSON)
                .body("{\"customerId\":\"" + customer + "\",\"title\":\"t\",\"description\":\"d\",\"severity\":\"high\","
                        + "\"category\":\"delivery\",\"source\":\"customer\"}]").post("/api/escalations"), 400)).isEmpty();
        assertThat(refused(asExec().urlEncodingEnabled(false).get("/api/escalations?owner=%00"), 400)).containsExactly("owner");
        assertThat(asExec().get("/api/escalations?customerId=" + customer).<List<?>>path("items")).isEmpty();
    }
}
