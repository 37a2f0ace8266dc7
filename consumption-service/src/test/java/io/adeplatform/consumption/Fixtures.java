package io.adeplatform.consumption;

import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.testing.TestEngagements;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;

import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;

/** Tokens, customers (through relationship's events, as in production), subscriptions and CSV uploads. */
public final class Fixtures {

    public static final String EXEC_NAME = "ada.exec";
    public static final String EXEC = TestTokens.bearer(EXEC_NAME, "executive");
    public static final String VIEWER = TestTokens.bearer("vic.viewer", "viewer");
    public static final String STRANGER = TestTokens.bearer("mallory", "executive");
    public static final String ADMIN = TestTokens.bearer("root", "admin");

    private Fixtures() {
    }

    /** A new customer whose account team is ada.exec (executive) and vic.viewer (viewer). */
    public static UUID customer(String name) {
        return TestCustomers.register("/api/consumption/customer-projections", name,
                member(EXEC_NAME, "executive"), member("vic.viewer", "viewer"));
    }

    /** A subscription of the customer, registered through the API; returns its id. */
    public static String subscription(UUID customerId) {
        String id = "sub-" + UUID.randomUUID();
        return subscription(customerId, id, "Production " + id.substring(4, 12));
    }

    /** The subscription {@code id} (e.g. an Azure subscription GUID) registered for the customer; returns its id. */
    public static String subscription(UUID customerId, String id) {
        return subscription(customerId, id, "Production " + id.substring(0, 8));
    }

    private static String subscription(UUID customerId, String id, String name) {
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "customerId", customerId.toString()))
                .post("/api/consumption/subscriptions").then().statusCode(201);
        return id;
    }

    /** Uploads a CSV body as ada.exec and returns the response for assertions. */
    public static io.restassured.response.ValidatableResponse upload(String csv) {
        return given().header("Authorization", EXEC).contentType("text/csv").body(csv)
                .post("/api/consumption/usage").then();
    }

    /** Usage rows stored for the customer: {count, sum of cost}. */
    public static BigDecimal[] stored(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Arc.container().instance(EntityManager.class).get()
                    .createNativeQuery("SELECT count(*), coalesce(sum(cost), 0) FROM usage_record WHERE customer_id = ?1")
                    .setParameter(1, customer).getSingleResult();
            return new BigDecimal[] {new BigDecimal(row[0].toString()), (BigDecimal) row[1]};
        });
    }

    /** One partner-feed record (JSON) for the subscription; {@code extra} is spliced in as further fields. */
    public static String partnerRecord(String date, String subscription, String cost, String extra) {
        return """
                {"date": "%s", "subscriptionId": "%s", "serviceName": "Storage", "meter": "Blob",
                 "resourceGroup": "rg-feed", "quantity": 1, "unit": "GB", "cost": %s, "currency": "USD"%s}"""
                .formatted(date, subscription, cost, extra);
    }

    public static final String PARTNER_TOPIC = "consumption.usage.ingest";
    public static final String PARTNER_DLQ = "consumption.usage.ingest.consumption-service.usage-ingest.dlq";

    public static final String HEADER = "date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency\n";

    public static String row(String date, String subscription, String service, String meter, String cost) {
        return date + "," + subscription + "," + service + "," + meter + ",rg-main,1,Hours," + cost + ",USD\n";
    }

    /** Daily rows of {@code cost} from {@code from} to {@code to} inclusive. */
    public static String daily(String subscription, java.time.LocalDate from, java.time.LocalDate to, String service,
                               String cost) {
        StringBuilder csv = new StringBuilder();
        for (java.time.LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            csv.append(row(d.toString(), subscription, service, "meter-1", cost));
        }
        return csv.toString();
    }

    /** A new engagement of this customer, once this service's reference projection knows whose it is. */
    public static UUID engagement(UUID customer) {
        return TestEngagements.created(customer, id -> QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(CustomerReferences.class).get().ownerOf(CustomerReferences.ENGAGEMENT, id)) != null);
    }
}
