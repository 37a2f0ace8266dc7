package io.adeplatform.relationship.api.statuspack;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.adeplatform.relationship.domain.statuspack.PackOrigin;
import io.adeplatform.relationship.domain.statuspack.PdfDocument;
import io.adeplatform.relationship.service.statuspack.KeptPack;
import io.adeplatform.relationship.service.statuspack.PackDownload;
import io.adeplatform.relationship.service.statuspack.StatusPackService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;

/** The status-pack archive of a customer: PDFs the gateway rendered and keeps, listed and downloaded again. */
@Path("/api/customers/{customerId}/status-packs")
@Authenticated
@Tag(name = StatusPackResource.TAG, description = StatusPackResource.TAG_DESCRIPTION)
public class StatusPackResource {

    static final String TAG = "Status packs";
    static final String TAG_DESCRIPTION = "The archive of executive status packs: the PDFs the gateway rendered for a "
            + "customer or one of its engagements as of a date, on demand or on the customer's cadence, kept as "
            + "received (with their SHA-256) to be listed and downloaded again";
    static final String PDF = "application/pdf";

    @Inject
    StatusPackService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(PDF)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REPORTER)
    @Operation(operationId = "keepStatusPack", summary = "Keep a rendered status pack",
            description = "Realm role reporter only (the gateway stores the packs it rendered); every other role, "
                    + "admin included, gets 403. The body is the PDF (at most 10 MB: 413 payload-too-large; not "
                    + "beginning with %PDF-: 400, nothing stored). The customer must be active (409 "
                    + "customer-archived) and an engagementId one of its engagements (422 unknown-engagement). "
                    + "Answers 201 with the metadata and Location (the download). A cadence pack for a due item "
                    + "(customer, engagement, cadenceKind, cadenceDue) already kept answers 200 with that pack's "
                    + "metadata and stores nothing. Publishes no event.")
    @RequestBody(required = true, description = "The rendered PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Kept; Location names its download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusPackResponse.class)))
    @APIResponse(responseCode = "200", description = "A cadence pack for this due item was already kept: its "
            + "metadata; nothing stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusPackResponse.class)))
    public Response keep(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                         @BeanParam StatusPackParams params,
                         @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                         @Context HttpHeaders headers, @Context UriInfo uri, InputStream body) {
        PackOrigin origin = params.origin();
        PdfDocument pdf = PdfDocument.of(read(headers, body));
        return idempotent.create(key, new PackFingerprint(origin, pdf.sha256()), () -> {
            KeptPack kept = service.keep(customerId, origin, pdf, user.username());
            StatusPackResponse metadata = StatusPackResponse.from(kept.pack());
            return (kept.created() ? Response.created(uri.getAbsolutePathBuilder().path(metadata.id().toString())
                    .build()) : Response.ok()).tag(tag(metadata.sha256())).entity(metadata)
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listStatusPacks", summary = "List a customer's kept status packs",
            description = "Any role on the customer's account team, admin and reporter; 404 for a customer the caller "
                    + "may not see. Newest first, paginated; engagementId keeps the packs of one engagement.")
    @APIResponse(responseCode = "200", description = "One page of pack metadata, newest first")
    public Page<StatusPackResponse> list(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                         @Parameter(description = "Only the packs of this engagement")
                                         @QueryParam("engagementId") String engagementId,
                                         @Valid @BeanParam PageRequest page) {
        return service.list(customerId, QueryParams.uuid("engagementId", engagementId), page)
                .map(StatusPackResponse::from);
    }

    @GET
    @Path("{packId}")
    @Produces(PDF)
    @Operation(operationId = "downloadStatusPack", summary = "Download a kept status pack",
            description = "Any role on the customer's account team, admin and reporter; 404 for a customer the caller "
                    + "may not see or a pack that is not this customer's. The PDF as kept, as an attachment with a "
                    + "file name; its ETag is the SHA-256 (If-None-Match with it answers 304).")
    @APIResponse(responseCode = "200", description = "The PDF",
            headers = {@Header(name = "ETag", description = "The PDF's SHA-256, quoted",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"status-pack-…pdf\"",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                             @Parameter(description = "The pack's id; 404 when it is not this customer's")
                             @PathParam("packId") UUID packId,
                             @Context Request request) {
        PackDownload download = service.download(customerId, packId);
        EntityTag tag = tag(download.pack().sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(download.content(), PDF).tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + download.pack().filename() + "\"")
                .build();
    }

    /**
     * The body, at most {@link PdfDocument#MAX_BYTES}: a larger declared length is refused before reading, a larger
     * body without one as soon as it passes the limit; both with a 413 problem, nothing stored.
     */
    private static byte[] read(HttpHeaders headers, InputStream body) {
        if (headers.getLength() > PdfDocument.MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(PdfDocument.MAX_BYTES + 1);
            if (bytes.length > PdfDocument.MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "a status pack is at most " + PdfDocument.MAX_BYTES + " bytes (10 MB)");
    }

    private static EntityTag tag(String sha256) {
        return new EntityTag(sha256);
    }

    /** What makes two keep requests the same for an Idempotency-Key: the parameters and the PDF's hash. */
    record PackFingerprint(PackOrigin origin, String sha256) {
    }
}
