package io.adeplatform.relationship.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which key roles have an engaged stakeholder: active, a champion or supporter, and contacted (part of an
 * interaction) within the last 90 days. Stale contacts are active stakeholders not contacted within 90 days.
 */
public final class Coverage {

    public static final List<RoleType> KEY_ROLES = List.of(RoleType.CIO, RoleType.CTO, RoleType.IT_DIRECTOR, RoleType.LOB_LEADER);
    public static final Set<RoleType> EXECUTIVE_ROLES =
            EnumSet.of(RoleType.CEO, RoleType.CIO, RoleType.CTO, RoleType.CFO, RoleType.CISO, RoleType.LOB_LEADER);
    public static final int ENGAGED_WITHIN_DAYS = 90;

    private Coverage() {
    }

    /** What the calculation needs to know about one stakeholder. lastContact is null when never contacted. */
    public record Contact(UUID id, String name, RoleType roleType, Stance stance, int influence, boolean active,
                          LocalDate lastContact) {
    }

    public record KeyRole(RoleType roleType, boolean engaged, String reason, List<UUID> engagedStakeholders,
                          List<UUID> stakeholders) {
    }

    public record StaleContact(UUID stakeholderId, String name, RoleType roleType, LocalDate lastContact,
                               Long daysSinceContact) {
    }

    public record Result(LocalDate asOf, List<KeyRole> keyRoles, List<RoleType> covered, List<RoleType> missing,
                         List<StaleContact> stale) {

        public int engagedCount() {
            return covered.size();
        }
    }

    public static boolean isEngaged(Contact c, LocalDate today) {
        return c.active() && (c.stance() == Stance.CHAMPION || c.stance() == Stance.SUPPORTER) && isRecent(c, today);
    }

    private static boolean isRecent(Contact c, LocalDate today) {
        return c.lastContact() != null && !c.lastContact().isBefore(today.minusDays(ENGAGED_WITHIN_DAYS));
    }

    /** Coverage of these stakeholders, given the date each was last part of an interaction (absent: never). */
    public static Result of(List<Stakeholder> stakeholders, Map<UUID, LocalDate> lastContacts, LocalDate today) {
        return of(stakeholders.stream().map(s -> new Contact(s.id, s.name, s.roleType, s.stance, s.influence, s.active,
                lastContacts.get(s.id))).toList(), today);
    }

    public static Result of(List<Contact> contacts, LocalDate today) {
        List<KeyRole> roles = KEY_ROLES.stream().map(role -> {
            List<Contact> inRole = contacts.stream().filter(c -> c.active() && c.roleType() == role).toList();
            List<UUID> engaged = inRole.stream().filter(c -> isEngaged(c, today)).map(Contact::id).toList();
            String reason = !engaged.isEmpty() ? "engaged"
                    : inRole.isEmpty() ? "no-stakeholder"
                    : inRole.stream().noneMatch(c -> c.stance() == Stance.CHAMPION || c.stance() == Stance.SUPPORTER)
                    ? "no-champion-or-supporter" : "not-contacted-in-90-days";
            return new KeyRole(role, !engaged.isEmpty(), reason, engaged, inRole.stream().map(Contact::id).toList());
        }).toList();
        List<StaleContact> stale = contacts.stream()
                .filter(c -> c.active() && !isRecent(c, today))
                .sorted(Comparator.comparing(Contact::name))
                .map(c -> new StaleContact(c.id(), c.name(), c.roleType(), c.lastContact(),
                        c.lastContact() == null ? null : ChronoUnit.DAYS.between(c.lastContact(), today)))
                .toList();
        return new Result(today, roles,
                roles.stream().filter(KeyRole::engaged).map(KeyRole::roleType).toList(),
                roles.stream().filter(r -> !r.engaged()).map(KeyRole::roleType).toList(),
                stale);
    }
}
