package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record RaidUpdateRequest(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                                @Size(max = 100) String category, @NotBlank @Size(max = 200) String owner,
                                LocalDate dueDate, @NotNull RaidStatus status,
                                @Min(1) @Max(5) Integer probability, @Min(1) @Max(5) Integer impact) {

    RaidDetails details() {
        return new RaidDetails(title, description, category, owner, dueDate, probability, impact);
    }
}
