package io.adeplatform.platform.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Keeps the local customer projection in step with relationship.customer.events. Unknown event types are
 * skipped (tolerant reader); each event is applied once, however often it is delivered.
 */
@ApplicationScoped
public class CustomerProjectionConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ProjectedCustomers customers;


    @Incoming("customer-events")
    @Blocking
    public void onCustomerEvent(ConsumerRecord<String, String> record) {
        consumer.consume("customer-projection", record, this::apply);
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case CustomerEvents.REGISTERED, CustomerEvents.UPDATED -> upsert(event);
            case CustomerEvents.ACCOUNT_TEAM_CHANGED -> replaceTeam(existing(event), event.data().get("accountTeam"));
            case CustomerEvents.ARCHIVED -> {
                ProjectedCustomer customer = existing(event);
                customer.status = "archived";
                customer.updatedAt = OffsetDateTime.now();
            }
            default -> {
                // another event type on the topic: not ours to project
            }
        }
    }

    private void upsert(IncomingEvent event) {
        UUID id = event.requiredUuid("customerId");
        ProjectedCustomer existing = customers.findById(id);
        ProjectedCustomer customer = existing != null ? existing : new ProjectedCustomer();
        customer.id = id;
        customer.name = event.requiredText("name");
        customer.segment = event.optionalText("segment");
        customer.tier = event.optionalText("tier");
        customer.industry = event.optionalText("industry");
        customer.region = event.optionalText("region");
        customer.status = event.optionalText("status") == null ? "active" : event.optionalText("status");
        customer.updatedAt = OffsetDateTime.now();
        if (existing == null) {
            customers.persist(customer);
        }
        if (event.data().has("accountTeam")) {
            replaceTeam(customer, event.data().get("accountTeam"));
        }
    }

    private ProjectedCustomer existing(IncomingEvent event) {
        UUID id = event.requiredUuid("customerId");
        ProjectedCustomer customer = customers.findById(id);
        if (customer == null) {
            throw new PoisonEventException(event.type() + " for unknown customer " + id);
        }
        return customer;
    }

    private void replaceTeam(ProjectedCustomer customer, JsonNode team) {
        if (team == null || !team.isArray()) {
            throw new PoisonEventException("accountTeam must be an array");
        }
        customer.accountTeam.clear();
        customers.flush(); // delete old members before re-inserting the same keys
        for (JsonNode member : team) {
            ProjectedTeamMember projected = new ProjectedTeamMember();
            projected.customer = customer;
            projected.username = text(member, "username");
            projected.accountRole = text(member, "role");
            customer.accountTeam.add(projected);
        }
        customer.updatedAt = OffsetDateTime.now();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException("account team member without '" + field + "'");
        }
        return value.asText();
    }
}
