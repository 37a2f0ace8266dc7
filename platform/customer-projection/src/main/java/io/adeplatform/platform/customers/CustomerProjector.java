package io.adeplatform.platform.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies relationship-service's customer events and states to the projection, each once and in order, inside the
 * caller's transaction.
 * <ul>
 *   <li><b>Order</b>: events and states carry the customer's version after the change. One at or below the
 *   projected version is already applied (a no-op); a state of the same version is applied again, since it is the
 *   whole truth at that version. An event more than one version ahead (a gap: an earlier change was lost, e.g.
 *   dead-lettered) is applied — the change itself is right — and logged; the state written in the same transaction
 *   as that event follows on the state topic and replaces the whole team, which repairs whatever the gap missed.
 *   Events without a version (published before versions were) apply only while the projected version is unknown.</li>
 *   <li><b>Out of order</b>: an event for a customer not projected yet is parked and applied, in arrival order, as
 *   soon as the customer's CustomerRegistered or state arrives.</li>
 * </ul>
 */
@ApplicationScoped
public class CustomerProjector {

    private static final Logger LOG = Logger.getLogger(CustomerProjector.class);
    private static final Set<String> PROJECTED = Set.of(CustomerEvents.REGISTERED, CustomerEvents.UPDATED,
            CustomerEvents.ACCOUNT_TEAM_CHANGED_V1, CustomerEvents.ACCOUNT_TEAM_CHANGED, CustomerEvents.ARCHIVED);

    @Inject
    ProjectedCustomers customers;

    @Inject
    ParkedCustomerEvents parked;

    @Inject
    ProjectionLocks locks;

    /** An event of relationship.customer.events; other types on the topic are skipped (tolerant reader). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(IncomingEvent event) {
        if (!PROJECTED.contains(event.type())) {
            return;
        }
        UUID id = event.requiredUuid("customerId");
        requireApplicable(event);
        locks.customer(id);
        ProjectedCustomer customer = customers.findById(id);
        if (customer != null) {
            apply(customer, event);
        } else if (CustomerEvents.REGISTERED.equals(event.type())) {
            create(id, event, false);
        } else {
            parked.park(id, event);
            LOG.infof("%s for customer %s, not projected yet: parked until it arrives", event.type(), id);
        }
    }

    /** A state of relationship.customer-state.events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onState(IncomingEvent state) {
        UUID id = state.requiredUuid("customerId");
        locks.customer(id);
        applyState(id, state);
    }

    /** The same without the customer's lock, for a rebuild that holds the whole projection's. */
    @Transactional(Transactional.TxType.MANDATORY)
    void applyState(UUID id, IncomingEvent state) {
        if (!CustomerEvents.STATE.equals(state.type())) {
            return;
        }
        long version = requiredVersion(state);
        ProjectedCustomer customer = customers.findById(id);
        if (customer == null) {
            create(id, state, true);
        } else if (customer.version == null || version >= customer.version) {
            profile(customer, state);
            replaceTeam(customer, state.data().get("accountTeam"));
            customer.version = version;
        }
    }

    /** Creates the customer from its registration or state, then applies what was parked for it. */
    private void create(UUID id, IncomingEvent event, boolean teamRequired) {
        ProjectedCustomer customer = new ProjectedCustomer();
        customer.id = id;
        profile(customer, event);
        customer.version = optionalVersion(event);
        customers.persist(customer);
        if (teamRequired || event.data().has("accountTeam")) {
            replaceTeam(customer, event.data().get("accountTeam"));
        }
        for (IncomingEvent waiting : parked.take(id)) {
            apply(customer, waiting);
        }
    }

    private void apply(ProjectedCustomer customer, IncomingEvent event) {
        Long version = optionalVersion(event);
        if (!isNext(customer, version, event)) {
            return;
        }
        switch (event.type()) {
            case CustomerEvents.REGISTERED -> {
                profile(customer, event);
                if (event.data().has("accountTeam")) {
                    replaceTeam(customer, event.data().get("accountTeam"));
                }
            }
            case CustomerEvents.UPDATED -> profile(customer, event);
            case CustomerEvents.ACCOUNT_TEAM_CHANGED_V1 -> replaceTeam(customer, event.data().get("accountTeam"));
            case CustomerEvents.ACCOUNT_TEAM_CHANGED -> changeMember(customer, event);
            case CustomerEvents.ARCHIVED -> customer.status = "archived";
            default -> throw new IllegalStateException("not a projected type: " + event.type());
        }
        if (version != null) {
            customer.version = version;
        }
        customer.updatedAt = OffsetDateTime.now();
    }

    /**
     * Fails now (a dead letter) on what could never be applied, so that a parked event can never fail the
     * registration that later applies it.
     */
    private static void requireApplicable(IncomingEvent event) {
        optionalVersion(event);
        switch (event.type()) {
            case CustomerEvents.REGISTERED, CustomerEvents.UPDATED -> event.requiredText("name");
            case CustomerEvents.ACCOUNT_TEAM_CHANGED -> {
                requiredVersion(event);
                MemberChange.of(event);
            }
            case CustomerEvents.ACCOUNT_TEAM_CHANGED_V1 -> members(event.data().get("accountTeam"));
            default -> {
                // archived: the customer id is all it needs
            }
        }
    }

    /** Whether the event is the next one for this customer (or, after a gap, later than anything applied). */
    private static boolean isNext(ProjectedCustomer customer, Long version, IncomingEvent event) {
        if (version == null || customer.version == null) {
            return customer.version == null;
        }
        if (version <= customer.version) {
            LOG.debugf("%s %s at version %d: already applied (projected %d)", event.type(), event.id(), version,
                    customer.version);
            return false;
        }
        if (version > customer.version + 1) {
            LOG.warnf("%s %s for customer %s jumps from version %d to %d; applied, the customer's state will follow",
                    event.type(), event.id(), customer.id, customer.version, version);
        }
        return true;
    }

    /** One member's change, as AccountTeamChanged v2 carries it. */
    private record MemberChange(String change, String username, String role) {

        static MemberChange of(IncomingEvent event) {
            String change = event.requiredText("change");
            if (!Set.of("member-added", "role-changed", "member-removed").contains(change)) {
                throw new PoisonEventException("unknown account-team change '" + change + "'");
            }
            return new MemberChange(change, event.requiredText("username"),
                    WireEnums.wireName(event.requiredEnum(AccountRole.class, "role")));
        }
    }

    private static void changeMember(ProjectedCustomer customer, IncomingEvent event) {
        MemberChange change = MemberChange.of(event);
        ProjectedTeamMember member = customer.accountTeam.stream()
                .filter(m -> m.username.equals(change.username())).findFirst().orElse(null);
        if (change.change().equals("member-removed")) {
            customer.accountTeam.remove(member);
        } else if (member == null) {
            customer.accountTeam.add(member(customer, change.username(), change.role()));
        } else {
            member.accountRole = change.role();
        }
    }

    private static void profile(ProjectedCustomer customer, IncomingEvent event) {
        customer.name = event.requiredText("name");
        customer.segment = event.optionalText("segment");
        customer.tier = event.optionalText("tier");
        customer.industry = event.optionalText("industry");
        customer.region = event.optionalText("region");
        customer.status = event.optionalText("status") == null ? "active" : event.optionalText("status");
        customer.updatedAt = OffsetDateTime.now();
    }

    private void replaceTeam(ProjectedCustomer customer, JsonNode team) {
        List<Member> members = members(team);
        customer.accountTeam.clear();
        customers.flush(); // delete old members before re-inserting the same keys
        for (Member member : members) {
            customer.accountTeam.add(member(customer, member.username(), member.role()));
        }
        customer.updatedAt = OffsetDateTime.now();
    }

    private record Member(String username, String role) {
    }

    /** {@code accountTeam} read, or poison. */
    private static List<Member> members(JsonNode team) {
        if (team == null || !team.isArray()) {
            throw new PoisonEventException("accountTeam must be an array");
        }
        List<Member> members = new ArrayList<>();
        for (JsonNode member : team) {
            members.add(new Member(text(member, "username"), text(member, "role")));
        }
        return members;
    }

    private static ProjectedTeamMember member(ProjectedCustomer customer, String username, String role) {
        ProjectedTeamMember member = new ProjectedTeamMember();
        member.customer = customer;
        member.username = username;
        member.accountRole = role;
        return member;
    }

    static long requiredVersion(IncomingEvent event) {
        Long version = optionalVersion(event);
        if (version == null) {
            throw new PoisonEventException(event.type() + " without required field 'version'");
        }
        return version;
    }

    static Long optionalVersion(IncomingEvent event) {
        JsonNode value = event.data().get("version");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new PoisonEventException("field 'version' is not a version number: " + value);
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException("account team member without '" + field + "'");
        }
        return value.asText();
    }
}
