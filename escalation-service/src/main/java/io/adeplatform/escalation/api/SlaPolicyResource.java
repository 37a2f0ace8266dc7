package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.adeplatform.escalation.service.SlaPolicyService;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;

/** SLA targets per severity: everyone signed in reads them, admins edit them. */
@Path("/api/escalations/sla-policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPolicyResource {

    @Inject
    SlaPolicyService service;

    @Inject
    CurrentUser user;

    @GET
    public List<SlaPolicyResponse> list() {
        return service.list().stream().map(SlaPolicyResponse::from).toList();
    }

    @GET
    @Path("{severity}")
    public Response get(@PathParam("severity") String severity) {
        return ok(service.get(severity(severity)));
    }

    @PUT
    @Path("{severity}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the targets of a severity (admins; If-Match required); applies to escalations opened "
            + "or re-classified afterwards")
    public Response update(@PathParam("severity") String severity, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull SlaPolicyRequest request) {
        return ok(service.update(severity(severity), EntityVersions.expected(ifMatch), request.acknowledgeMinutes(),
                request.resolveMinutes(), user.username()));
    }

    private static Response ok(SlaPolicy policy) {
        return EntityVersions.ok(SlaPolicyResponse.from(policy), policy.version);
    }

    /** The severity in the path names the policy: an unknown one is a policy that does not exist. */
    private static Severity severity(String value) {
        return Arrays.stream(Severity.values()).filter(s -> WireEnums.wireName(s).equals(value)).findFirst()
                .orElseThrow(() -> new NotFound("SLA policy", value));
    }
}
