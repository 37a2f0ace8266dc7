package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.OrgChart;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.domain.StakeholderDetails;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Function;

/** The stakeholders at a customer and their org chart; every change recomputes the customer's health. */
@ApplicationScoped
public class StakeholderService extends CustomerUseCase {

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    CustomerRepository customers;

    @Inject
    HealthRecorder health;

    @Transactional
    public Stakeholder create(UUID customerId, StakeholderDetails details, String by) {
        access.changeable(customerId);
        Stakeholder s = Stakeholder.add(customerId, details, stakeholders::findById, by, now());
        stakeholders.persist(s);
        health.factsChanged(customerId);
        return s;
    }

    /**
     * Full replacement; a reports-to line that would loop back is refused. The check runs under the customer's
     * org-chart lock on the chart as committed (the stakeholder read again after the lock), so two concurrent changes
     * cannot together make a cycle: the second sees the first and is refused.
     */
    @Transactional
    public Stakeholder update(UUID id, ExpectedVersion expected, StakeholderDetails details) {
        Stakeholder s = get(id);
        access.changeable(s.customerId);
        customers.lockOrgChart(s.customerId);
        stakeholders.reread(s);
        expected.check(s.version);
        s.describe(details, stakeholders::findById);
        health.factsChanged(s.customerId);
        return s;
    }

    /** The stakeholder when the caller may see its customer; otherwise the 404 of a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder get(UUID id) {
        return access.visible("stakeholder", id, stakeholders.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Stakeholder> list(UUID customerId, RoleType roleType, Boolean active, PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(stakeholders.list(customerId, roleType, active, page), page, Function.identity());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgChart orgChart(UUID customerId) {
        access.visible(customerId);
        return OrgChart.of(customerId, stakeholders.ofCustomer(customerId));
    }
}
