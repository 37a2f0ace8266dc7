package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.AccountRole;

import io.adeplatform.platform.core.CreatedRecord;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer with its account team, which always keeps at least one executive and at most {@link #MAX_TEAM_SIZE}
 * members. Archived customers are read-only.
 */
@Entity
@Table(name = "customer")
public class Customer extends CreatedRecord {

    /**
     * The largest account team. It bounds the customer-state record (the whole team, each member at most ~1 KB of
     * JSON with a 200-character username) to about 0.5 MB, well under the broker's 1 MB record limit.
     */
    public static final int MAX_TEAM_SIZE = 500;

    public String name;

    public String segment;

    public String tier;

    public String industry;

    public String region;

    @Enumerated(EnumType.STRING)
    public CustomerStatus status;

    @Version
    public long version;

    // loaded with the customer in one query: every use of a customer checks the caller against its team (issue 19)
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    public List<AccountTeamMember> accountTeam = new ArrayList<>();

    /** A new active customer whose creator is its first account executive. */
    public static Customer register(CustomerProfile profile, String creator, OffsetDateTime now) {
        Customer customer = new Customer();
        customer.created(creator, now);
        customer.describe(profile.normalised());
        customer.status = CustomerStatus.ACTIVE;
        customer.accountTeam.add(new AccountTeamMember(customer, creator, AccountRole.EXECUTIVE));
        return customer;
    }

    public CustomerProfile profile() {
        return new CustomerProfile(name, segment, tier, industry, region);
    }

    /** Replaces the profile; false (and nothing changed) when it is the same. */
    public boolean changeProfile(CustomerProfile profile) {
        CustomerProfile normalised = profile.normalised();
        if (normalised.equals(profile())) {
            return false;
        }
        describe(normalised);
        return true;
    }

    private void describe(CustomerProfile p) {
        name = p.name();
        segment = p.segment();
        tier = p.tier();
        industry = p.industry();
        region = p.region();
    }

    public boolean isArchived() {
        return status == CustomerStatus.ARCHIVED;
    }

    /** A move of the status (active → archived, see {@link CustomerStatus}); anything else is a 409. */
    public void moveTo(CustomerStatus next) {
        if (!status.canMoveTo(next)) {
            throw Conflict.illegalTransition(status, next, status.targets().stream().sorted().toList());
        }
        status = next;
    }

    public void requireActive() {
        if (isArchived()) {
            throw new Conflict("customer-archived", "customer " + id + " is archived and read-only");
        }
    }

    public Optional<AccountTeamMember> member(String username) {
        return accountTeam.stream().filter(m -> m.username.equals(username)).findFirst();
    }

    /** The team by username. */
    public List<AccountTeamMember> team() {
        return accountTeam.stream().sorted(Comparator.comparing((AccountTeamMember m) -> m.username)).toList();
    }

    public void addMember(String username, AccountRole role) {
        if (member(username).isPresent()) {
            throw new Conflict("already-a-member", username + " is already on the account team");
        }
        if (accountTeam.size() >= MAX_TEAM_SIZE) {
            throw new RuleViolation("account-team-full",
                    "the account team has " + MAX_TEAM_SIZE + " members, the most it may have");
        }
        accountTeam.add(new AccountTeamMember(this, username, role));
    }

    /** False (and nothing changed) when the member has this role already. */
    public boolean changeRole(String username, AccountRole role) {
        AccountTeamMember member = existingMember(username);
        if (member.role == role) {
            return false;
        }
        member.role = role;
        requireExecutive();
        return true;
    }

    /** Removes the member and returns the role they had. */
    public AccountRole removeMember(String username) {
        AccountTeamMember member = existingMember(username);
        accountTeam.remove(member);
        requireExecutive();
        return member.role;
    }

    /** The member, or the 404 of a username that is not on the team. */
    public AccountTeamMember existingMember(String username) {
        return member(username).orElseThrow(() -> new NotFound("account-team member", username));
    }

    private void requireExecutive() {
        if (accountTeam.stream().noneMatch(m -> m.role == AccountRole.EXECUTIVE)) {
            throw new Conflict("last-executive", "the account team must keep at least one executive");
        }
    }
}
