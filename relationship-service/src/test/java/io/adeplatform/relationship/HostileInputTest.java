package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.ProblemAnswers.refused;
import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's lenient-parsing and NUL cases against relationship: strict JSON types (an enum by number, a number for
 * text, a fraction for an integer), trailing content, control characters in body, path and query; nothing stored.
 */
@QuarkusTest
class HostileInputTest {

    private final String exec = TestTokens.bearer("hal." + UUID.randomUUID(), "executive");

    private String stakeholdersOf(String customer) {
        return "/api/customers/" + customer + "/stakeholders";
    }

    private int stakeholderCount(String customer) {
        return as(exec).get(stakeholdersOf(customer)).then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheField() {
        String customer = Api.customer(exec, "Strict Types " + UUID.randomUUID());
        String valid = "\"name\":\"Carla Cio\",\"roleType\":\"cio\",\"influence\":5,\"stance\":\"champion\"";
        as(exec).body("{" + valid + "}").post(stakeholdersOf(customer)).then().statusCode(201);
        Map<String, String> wrong = Map.of(
                "roleType", "{\"name\":\"A\",\"roleType\":7,\"influence\":5,\"stance\":\"champion\"}",
                "name", "{\"name\":123,\"roleType\":\"cio\",\"influence\":5,\"stance\":\"champion\"}",
                "influence", "{\"name\":\"A\",\"roleType\":\"cio\",\"influence\":1.5,\"stance\":\"champion\"}");
        wrong.forEach((field, body) ->
                assertThat(refused(as(exec).body(body).post(stakeholdersOf(customer)), 400)).as(body).containsExactly(field));
        assertThat(refused(as(exec).body("{" + valid + "} {\"name\":\"second\"}").post(stakeholdersOf(customer)), 400)).isEmpty();
        assertThat(refused(as(exec).body("{\"name\":\"Carla\\u0000Cio\"," + valid.substring(valid.indexOf("\"roleType"))
                + "}").post(stakeholdersOf(customer)), 400)).containsExactly("name");
        assertThat(stakeholderCount(customer)).isEqualTo(1);
    }

    @Test
    void controlCharactersInPathAndQueryAndPagesBeyondTheLimitAreRefused() {
        String name = "Nul Filter " + UUID.randomUUID();
        assertThat(refused(as(exec).urlEncodingEnabled(false).get("/api/customers?q=Nul%00Filter"), 400)).containsExactly("q");
        assertThat(refused(as(exec).urlEncodingEnabled(false).get("/api/customers/x%00y"), 400)).containsExactly("id");
        assertThat(refused(as(exec).urlEncodingEnabled(false).get("/api/customers?q=a%0Ab"), 400)).containsExactly("q");
        assertThat(refused(as(exec).body(Map.of("name", name + "\u0001", "segment", "state-government")).post("/api/customers"), 400))
                .containsExactly("name");
        for (String page : List.of("page=2147483647&limit=200", "page=10001", "limit=201")) {
            assertThat(refused(as(exec).get("/api/customers?" + page), 400)).hasSize(1);
        }
        assertThat(as(exec).queryParam("q", name).get("/api/customers").<List<?>>path("items")).isEmpty();
    }
}
