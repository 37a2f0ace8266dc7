package io.adeplatform.platform.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list. {@code hasMore} tells a client whether to ask for the next page. */
public record Page<T>(List<T> items, int page, int limit, boolean hasMore) {

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
