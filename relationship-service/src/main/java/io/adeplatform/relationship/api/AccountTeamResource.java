package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.service.AccountTeamService;
import io.adeplatform.relationship.service.CustomerService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * A customer's account team. Any writing realm role may call the changes; the account role decides: only the
 * account's executives (among them whoever registered the customer) and admins manage the team, everyone else on it
 * gets 403 (AccountAction.MANAGE_TEAM). Changes answer with the whole customer (and its new ETag) and publish
 * AccountTeamChanged; they run in one transaction with the use case, so the team can be mapped.
 */
@Path("/api/customers/{customerId}/account-team")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountTeamResource extends WritingResource {

    @Inject
    AccountTeamService team;

    @Inject
    CustomerService customers;

    @GET
    public List<CustomerResponse.TeamMember> team(@PathParam("customerId") UUID customerId) {
        return CustomerResponse.from(customers.get(customerId)).accountTeam();
    }

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Add a member with a role on the account")
    public Response add(@PathParam("customerId") UUID customerId, @Valid @NotNull TeamMemberRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> {
            CustomerResponse customer = CustomerResponse.from(
                    team.addMember(customerId, request.username(), request.role(), user.username()));
            return EntityVersions.created(uri, request.username().strip(), customer.version(), customer);
        });
    }

    @PUT
    @Path("{username}")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Change a member's role (If-Match with the customer's ETag required)")
    public Response changeRole(@PathParam("customerId") UUID customerId, @PathParam("username") String username,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TeamRoleRequest request) {
        return CustomerResource.ok(team.changeRole(customerId, username, EntityVersions.expected(ifMatch), request.role(),
                user.username()));
    }

    @DELETE
    @Path("{username}")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Remove a member (If-Match optional); the last executive cannot be removed")
    public Response remove(@PathParam("customerId") UUID customerId, @PathParam("username") String username,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return CustomerResource.ok(team.removeMember(customerId, username, EntityVersions.expectedIfSent(ifMatch),
                user.username()));
    }
}
