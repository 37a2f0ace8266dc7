package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.portfolio.domain.Stage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage gate: a forward move into {@code targetStage} needs a passed review of this gate (or an executive's
 * waiver). Configured in the table quality_gate (defaults in the migration), with its checklist template.
 */
@Entity
@Table(name = "quality_gate")
public class QualityGate {

    @Id
    public String code;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public Stage targetStage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_gate_item", joinColumns = @JoinColumn(name = "gate_code"))
    @OrderColumn(name = "position")
    @Column(name = "item")
    public List<String> checklist = new ArrayList<>();
}
