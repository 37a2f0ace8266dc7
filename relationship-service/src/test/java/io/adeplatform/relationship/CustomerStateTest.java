package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerProfile;
import io.adeplatform.relationship.events.CustomerEventPayloads.CustomerState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The customer's whole state on the compacted relationship.customer-state.events, with every change. */
@QuarkusTest
class CustomerStateTest {

    static final String STATE_TOPIC = "relationship.customer-state.events";
    static final String STATE = "io.adeplatform.relationship.customer-state.snapshot.v1";

    private final String owner = "sam." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void everyChangeOfTheCustomerOrItsTeamPublishesItsWholeStateAtItsVersion() throws Exception {
        String id = Api.customer(exec, "State Street Library");
        as(exec).header("If-Match", "\"0\"").body(Map.of("name", "State Street Library", "segment", "city", "tier", "tier-2"))
                .put("/api/customers/" + id).then().statusCode(200);
        as(exec).body(Map.of("username", "dan.state", "role", "delivery-manager"))
                .post("/api/customers/" + id + "/account-team").then().statusCode(201);
        as(exec).header("If-Match", "\"2\"").delete("/api/customers/" + id + "/account-team/dan.state").then().statusCode(200);
        as(exec).header("If-Match", "\"3\"").body(Map.of("to", "archived")).post("/api/customers/" + id + "/transitions")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> states = Api.awaitRecords(STATE_TOPIC, id, STATE, 5);
        List<JsonNode> payloads = states.stream().map(r -> json(r.value())).toList();
        assertThat(payloads).extracting(p -> p.get("version").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(payloads).extracting(p -> p.get("accountTeam").size()).containsExactly(1, 1, 2, 1, 1);
        assertThat(payloads.get(2).get("accountTeam").get(0).get("username").asText()).isEqualTo("dan.state");
        assertThat(payloads.get(2).get("accountTeam").get(0).get("role").asText()).isEqualTo("delivery-manager");
        assertThat(payloads.get(4).get("status").asText()).isEqualTo("archived");
        assertThat(payloads.get(4).get("tier").asText()).isEqualTo("tier-2");
        assertThat(states).allSatisfy(r -> {
            assertThat(TestKafka.header(r, "ce_source")).isEqualTo("/relationship-service");
            assertThat(TestKafka.header(r, "ce_subject")).isEqualTo(id);
        });
        // each state has the version of the event it was written with
        assertThat(json(Api.awaitEvent(id, "io.adeplatform.relationship.customer.archived.v1", 1).value())
                .get("version").asLong()).isEqualTo(4L);
    }

    @Test
    void theStateTopicIsCompacted() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, STATE_TOPIC);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.describeConfigs(Set.of(topic))
                    .all().get().get(topic).get("cleanup.policy").value()).isEqualTo("compact"));
        }
    }

    @Test
    void theTeamLimitKeepsTheStateRecordWellUnderTheBrokersLimit() throws Exception {
        Customer customer = Customer.register(new CustomerProfile("n".repeat(200), "s".repeat(100), "t".repeat(50),
                "i".repeat(100), "r".repeat(100)), "u".repeat(200), OffsetDateTime.now());
        customer.id = UUID.randomUUID();
        for (int i = 1; i < Customer.MAX_TEAM_SIZE; i++) {
            customer.addMember(String.format("%0200d", i), AccountRole.DELIVERY_MANAGER);
        }
        assertThatThrownBy(() -> customer.addMember("one.too.many", AccountRole.VIEWER))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("500");

        String json = mapper.writeValueAsString(CustomerState.of(customer, OffsetDateTime.now()));
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("largest state record").isLessThan(200 * 1024);
        assertThat(EventContracts.violations(STATE, json)).isEmpty();
    }

    @Test
    void theMigrationGivesEveryExistingCustomerItsFirstState() throws Exception {
        String id = Api.customer(exec, "Backfilled Borough");
        as(exec).body(Map.of("username", "ben.backfill", "role", "finance"))
                .post("/api/customers/" + id + "/account-team").then().statusCode(201);
        String sql = new String(getClass().getResourceAsStream("/db/migration/V3__customer_state_backfill.sql")
                .readAllBytes(), StandardCharsets.UTF_8);

        String payload = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(sql).executeUpdate();
            return (String) em.createNativeQuery("SELECT CAST(payload AS text) FROM outbox_event "
                            + "WHERE aggregatetype = 'customer-state' AND aggregateid = ?1 ORDER BY seq DESC LIMIT 1")
                    .setParameter(1, id).getSingleResult();
        });

        assertThat(EventContracts.violations(STATE, payload)).isEmpty();
        JsonNode state = json(payload);
        assertThat(state.get("version").asLong()).isEqualTo(1L);
        assertThat(state.get("status").asText()).isEqualTo("active");
        assertThat(state.get("accountTeam").findValuesAsText("username")).containsExactly("ben.backfill", owner);
        assertThat(state.get("accountTeam").findValuesAsText("role")).containsExactly("finance", "executive");
        // the relay publishes it like any other row
        assertThat(Api.awaitRecords(STATE_TOPIC, id, STATE, 3).get(2).value()).isEqualTo(payload);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
