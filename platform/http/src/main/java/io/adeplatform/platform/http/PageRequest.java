package io.adeplatform.platform.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Pagination query parameters shared by every list endpoint: {@code ?page=0&limit=50}, at most 200 a page. */
public class PageRequest {

    public static final int MAX_LIMIT = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int page;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
    public int limit;

    public static PageRequest of(int page, int limit) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.limit = limit;
        return request;
    }

    public int offset() {
        return page * limit;
    }
}
