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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** Every item of one customer's executive cadence. */
@Path("/api/customers/{customerId}/cadence")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CadenceResource.TAG, description = CadenceResource.TAG_DESCRIPTION)
public class CadenceResource {

    static final String TAG = "Executive cadence";
    static final String TAG_DESCRIPTION = "How often a customer's QBRs, executive briefings and per-engagement steering "
            + "committees are due (its cadence policy), when each was last held and is next due, and what is overdue "
            + "(a relationship-health factor), for one customer or across the caller's accounts";

    @Inject
    CadenceService cadence;

    @GET
    @Operation(operationId = "listCustomerCadence", summary = "List a customer's cadence items",
            description = "Any role on the customer's account team (or admin); 404 for a customer the caller may not "
                    + "see. A QBR, an executive briefing and a steering committee per open engagement, as of today "
                    + "(UTC), soonest due first; none for an archived customer. Reads only.")
    public Page<CadenceItemResponse> list(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                          @Valid @BeanParam PageRequest page) {
        return cadence.ofCustomer(customerId, page).map(CadenceItemResponse::from);
    }
}
