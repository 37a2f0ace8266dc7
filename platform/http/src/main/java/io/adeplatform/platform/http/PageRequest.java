package io.adeplatform.platform.http;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Pagination query parameters shared by every list endpoint: {@code ?page=0&limit=50}, at most 200 a page, pages 0 to 10,000. */
public class PageRequest {

    public static final int MAX_LIMIT = 200;
    /** page × limit stays far below {@code Integer.MAX_VALUE}: at most 2,000,000 rows are ever skipped. */
    public static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "The page to answer, from 0", example = "0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("limit")
    @DefaultValue("50")
    @Parameter(description = "Items per page, 1 to " + MAX_LIMIT, example = "50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
    public int limit;

    public static PageRequest of(int page, int limit) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.limit = limit;
        return request;
    }

    /** The rows to skip; the bounds are checked again here, so a request built without {@code @Valid} cannot overflow. */
    public int offset() {
        if (page < 0 || page > MAX_PAGE) {
            throw QueryParams.invalid("page", "must be between 0 and " + MAX_PAGE);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw QueryParams.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return page * limit;
    }
}
