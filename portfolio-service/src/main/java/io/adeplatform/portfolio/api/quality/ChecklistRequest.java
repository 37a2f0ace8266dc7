package io.adeplatform.portfolio.api.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

/** The checklist items done; every item not named is not done. */
public record ChecklistRequest(
        @Schema(description = "The items done, by their text (an item the checklist lacks is 422 "
                + "unknown-checklist-item)", example = "[\"Architecture and solution design reviewed\"]")
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 300) String> done) {

    Set<String> doneItems() {
        return Set.copyOf(done);
    }
}
