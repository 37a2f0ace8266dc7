package io.adeplatform.relationship.api.cadence;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.service.cadence.CadenceService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cadence to-do list across the caller's accounts: what is due soon, and everything overdue. */
@Path("/api/cadence/due")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CadenceResource.TAG, description = CadenceResource.TAG_DESCRIPTION)
public class CadenceDueResource {

    @Inject
    CadenceService cadence;

    @GET
    @Operation(operationId = "listDueCadence", summary = "List the cadence items due across the caller's accounts",
            description = "Any authenticated user: the active customers whose account team the caller is on (admins, "
                    + "and whoever else sees every customer, all). Items whose next due date is on or before `to`, so "
                    + "overdue ones always show; sorted by next due date, then customer. Reads only.")
    public Page<CadenceItemResponse> due(@BeanParam CadenceDueParams window, @Valid @BeanParam PageRequest page) {
        return cadence.due(window.to(cadence.today()), page).map(CadenceItemResponse::from);
    }
}
