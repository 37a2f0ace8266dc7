package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.service.AccountTeamService;
import io.adeplatform.relationship.service.CustomerService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;
import static io.adeplatform.platform.http.ApiParameters.IF_MATCH;

/**
 * A customer's account team. Any writing realm role may call the changes; the account role decides: only the
 * account's executives (among them whoever registered the customer) and admins manage the team, everyone else on it
 * gets 403 (AccountAction.MANAGE_TEAM). A member has no version of its own: the team is part of the customer, so
 * every change answers with the whole customer and the customer's new ETag, and publishes AccountTeamChanged. The
 * changes run in one transaction with the use case, so the team can be mapped.
 */
@Path("/api/customers/{customerId}/account-team")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account teams", description = "Who works on a customer's account and in which account role (executive, "
        + "delivery-manager, finance, viewer); membership decides who sees the customer's data in every service")
public class AccountTeamResource extends WritingResource {

    private static final String USERNAME = "The member's username";
    private static final String MANAGERS = "Any writing realm role; the caller must be an executive on the account "
            + "team (or admin), others get 403. ";

    @Inject
    AccountTeamService team;

    @Inject
    CustomerService customers;

    @GET
    @Operation(operationId = "listAccountTeamMembers", summary = "List a customer's account team",
            description = "Any role on the customer's account team (or admin). The members by username, paginated "
                    + "(a team has at most 500 members).")
    public Page<CustomerResponse.TeamMember> list(@Parameter(description = CUSTOMER_ID)
                                                  @PathParam("customerId") UUID customerId,
                                                  @Valid @BeanParam PageRequest page) {
        return Page.slice(CustomerResponse.from(customers.get(customerId)).accountTeam(), page);
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getAccountTeamMember", summary = "Read one member of a customer's account team",
            description = "Any role on the customer's account team (or admin). The member's account role; the ETag is "
                    + "the customer's (the version every team change needs in If-Match).")
    @APIResponse(responseCode = "200", description = "The member, with the customer's ETag",
            content = @Content(schema = @Schema(implementation = CustomerResponse.TeamMember.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = USERNAME) @PathParam("username") String username) {
        Customer customer = team.withMember(customerId, username);
        return EntityVersions.ok(CustomerResponse.TeamMember.from(customer.existingMember(username)), customer.version);
    }

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "addAccountTeamMember", summary = "Add a member to a customer's account team",
            description = MANAGERS + "Adds the user with an account role (409 already-a-member; 422 account-team-full "
                    + "beyond 500 members). Answers 201 with Location (the member) and the whole customer with its new "
                    + "ETag; publishes AccountTeamChanged (member-added) and the customer's state.")
    @APIResponse(responseCode = "201", description = "Added; the body is the whole customer",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response add(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Valid @NotNull TeamMemberRequest request,
                        @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                        @Context UriInfo uri) {
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
    @Operation(operationId = "updateAccountTeamMember", summary = "Change a member's account role",
            description = MANAGERS + "The team keeps at least one executive (409 last-executive). Answers with the "
                    + "whole customer and its new ETag; publishes AccountTeamChanged (role-changed) and the customer's "
                    + "state when the role changed.")
    @APIResponse(responseCode = "200", description = "The whole customer with its new ETag",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response changeRole(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                               @Parameter(description = USERNAME) @PathParam("username") String username,
                               @Parameter(description = IF_MATCH + " (the customer's ETag)", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TeamRoleRequest request) {
        return CustomerResource.ok(team.changeRole(customerId, username, EntityVersions.expected(ifMatch), request.role(),
                user.username()));
    }

    @DELETE
    @Path("{username}")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "removeAccountTeamMember", summary = "Remove a member from a customer's account team",
            description = MANAGERS + "The last executive cannot be removed (409 last-executive); the removed user gets "
                    + "404 for the customer from then on. Answers 200 with what remains: the whole customer and its new "
                    + "ETag; publishes AccountTeamChanged (member-removed) and the customer's state.")
    @APIResponse(responseCode = "200", description = "The whole customer without the member, with its new ETag",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response remove(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = USERNAME) @PathParam("username") String username,
                           @Parameter(description = IF_MATCH + " (the customer's ETag)", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return CustomerResource.ok(team.removeMember(customerId, username, EntityVersions.expected(ifMatch),
                user.username()));
    }
}
