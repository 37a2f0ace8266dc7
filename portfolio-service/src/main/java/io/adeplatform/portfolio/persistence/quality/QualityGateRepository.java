package io.adeplatform.portfolio.persistence.quality;

import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.domain.quality.QualityGate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;

/** The configured gates (table quality_gate). */
@ApplicationScoped
public class QualityGateRepository implements PanacheRepositoryBase<QualityGate, String> {

    /** Every gate, in lifecycle order of the stage it guards. */
    public List<QualityGate> inLifecycleOrder() {
        return listAll().stream().sorted(Comparator.comparing((QualityGate g) -> g.targetStage)
                .thenComparing(g -> g.code)).toList();
    }

    public List<QualityGate> guarding(Stage stage) {
        return list("targetStage", Sort.by("code"), stage);
    }
}
