package io.adeplatform.platform.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list. {@code hasMore} tells a client whether to ask for the next page. */
public record Page<T>(@Schema(description = "The items of this page") List<T> items,
                      @Schema(description = "This page's number, from 0", example = "0") int page,
                      @Schema(description = "Items per page asked for (1 to 200)", example = "50") int limit,
                      @Schema(description = "True when a next page has items") boolean hasMore) {

    /** Builds a page from a query that fetched {@code limit + 1} rows, the extra row only telling that more exist. */
    public static <E, T> Page<T> fromOverfetch(List<E> rows, PageRequest request, Function<E, T> mapper) {
        boolean hasMore = rows.size() > request.limit;
        List<T> items = rows.stream().limit(request.limit).map(mapper).toList();
        return new Page<>(items, request.page, request.limit, hasMore);
    }

    /**
     * One page of a small list held in memory (an engagement's milestones, a customer's team): the same envelope as a
     * list paged by its query, so every collection of the API has one shape.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.limit, to < all.size());
    }

    /** The same page with each item mapped (a use case's page of domain objects → the api's page of responses). */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, limit, hasMore);
    }
}
