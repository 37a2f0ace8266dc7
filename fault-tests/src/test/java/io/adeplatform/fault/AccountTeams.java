package io.adeplatform.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Account-team membership of {@link Users#MEMBER} as every service sees it: the customer, or 404. */
final class AccountTeams {

    private AccountTeams() {
    }

    /** Every place a customer is read: relationship's own resource and the four projections. */
    static List<String> reads(String customerId) {
        List<String> reads = new ArrayList<>();
        reads.add("/api/customers/" + customerId);
        FaultPlatform.PROJECTIONS.forEach(area -> reads.add("/api/" + area + "/customer-projections/" + customerId));
        return reads;
    }

    static void add(FaultPlatform platform, String customerId) {
        Api.Answer added = Api.post(platform.gateway() + "/api/customers/" + customerId + "/account-team", Users.writer(),
                Map.of("username", Users.MEMBER, "role", "delivery-manager"), Map.of());
        if (added.status() != 201) {
            throw new AssertionError("adding " + Users.MEMBER + " answered " + added.status() + ": " + added.body());
        }
    }

    static void remove(FaultPlatform platform, String customerId) {
        String customer = platform.gateway() + "/api/customers/" + customerId;
        Api.Answer removed = Api.change("DELETE", customer + "/account-team/" + Users.MEMBER, customer, Users.writer(), null);
        if (removed.status() != 200) {
            throw new AssertionError("removing " + Users.MEMBER + " answered " + removed.status() + ": " + removed.body());
        }
    }

    /** The reads that do not (yet) answer the member with {@code status}, after waiting up to {@code timeout}. */
    static List<String> awaitMember(FaultPlatform platform, List<String> customers, int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<String> pending = new ArrayList<>();
        customers.forEach(customer -> pending.addAll(reads(customer)));
        while (true) {
            pending.removeIf(read -> Api.get(platform.gateway() + read, Users.member()).status() == status);
            if (pending.isEmpty() || Instant.now().isAfter(deadline)) {
                return pending;
            }
            Api.sleep(250);
        }
    }
}
