package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.adeplatform.escalation.service.SlaPolicyService;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

/** SLA targets per severity: everyone signed in reads them, admins edit them. */
@Path("/api/escalations/sla-policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation SLA policies", description = "The SLA targets per severity (time to acknowledge, time to "
        + "resolve) that escalations copy when they open or change severity")
public class SlaPolicyResource {

    private static final String SEVERITY = "the policy's severity: critical, high, medium or low";

    @Inject
    SlaPolicyService service;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listEscalationSlaPolicies", summary = "List the SLA policies",
            description = "The four policies, critical first (everyone signed in). A small fixed list, paged like "
                    + "every list.")
    public Page<SlaPolicyResponse> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(service.list().stream().map(SlaPolicyResponse::from).toList(), page);
    }

    @GET
    @Path("{severity}")
    @Operation(operationId = "getEscalationSlaPolicy", summary = "Read the SLA policy of a severity",
            description = "The targets of one severity and its ETag (everyone signed in); 404 for an unknown severity.")
    @APIResponse(responseCode = "200", description = "the policy; ETag = its version",
            content = @Content(schema = @Schema(implementation = SlaPolicyResponse.class)))
    public Response get(@Parameter(description = SEVERITY) @PathParam("severity") String severity) {
        return ok(service.get(severity(severity)));
    }

    @PUT
    @Path("{severity}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateEscalationSlaPolicy", summary = "Change the SLA targets of a severity",
            description = "Admins only. Applies to escalations opened or re-classified afterwards; open ones keep the "
                    + "targets they copied. 422 when acknowledging would not come before resolving. Publishes no event.")
    @APIResponse(responseCode = "200", description = "the changed policy and its new ETag",
            content = @Content(schema = @Schema(implementation = SlaPolicyResponse.class)))
    public Response update(@Parameter(description = SEVERITY) @PathParam("severity") String severity,
                           @Parameter(description = "the policy's current ETag (required: 428 without it, 412 when "
                                   + "another change came first)", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
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
