package bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The single-row read as the framework's reference benchmarks do it: one findById, the entity as JSON. */
@Path("/customers")
public class CustomerResource {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Customer get(@PathParam("id") UUID id) {
        Customer customer = Customer.findById(id);
        if (customer == null) {
            throw new NotFoundException();
        }
        return customer;
    }
}
