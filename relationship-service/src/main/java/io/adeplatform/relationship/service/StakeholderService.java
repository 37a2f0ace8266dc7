package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.relationship.domain.OrgChart;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.domain.StakeholderDetails;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The stakeholders at a customer and their org chart; every change recomputes the customer's health. */
@ApplicationScoped
public class StakeholderService {

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    CustomerAccess customers;

    @Inject
    AccountAccess access;

    @Inject
    HealthRecorder health;

    @Inject
    Clock clock;

    @Transactional
    public Stakeholder create(UUID customerId, StakeholderDetails details, String by) {
        customers.changeable(customerId);
        Stakeholder s = Stakeholder.add(customerId, details, stakeholders::findById, by, OffsetDateTime.now(clock));
        stakeholders.persist(s);
        stakeholders.flush();
        health.refresh(customerId);
        return s;
    }

    /** Full replacement; a reports-to line that would loop back is refused. */
    @Transactional
    public Stakeholder update(UUID id, ExpectedVersion expected, StakeholderDetails details) {
        Stakeholder s = get(id);
        customers.changeable(s.customerId);
        expected.check(s.version);
        s.describe(details, stakeholders::findById);
        stakeholders.flush();
        health.refresh(s.customerId);
        return s;
    }

    /** The stakeholder when the caller may see its customer; otherwise the 404 of a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder get(UUID id) {
        return access.visible("stakeholder", id, stakeholders.findById(id), s -> s.customerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Stakeholder> list(UUID customerId, RoleType roleType, Boolean active, PageRequest page) {
        customers.visible(customerId);
        return Page.fromOverfetch(stakeholders.list(customerId, roleType, active, page), page, s -> s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgChart orgChart(UUID customerId) {
        customers.visible(customerId);
        return OrgChart.of(customerId, stakeholders.ofCustomer(customerId));
    }
}
