package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.account360.SectionResult;

import java.util.function.Function;

/** One piece of a pack: what the service answered, or why it is not available (the PDF says so). */
public record Part<T>(T data, String unavailable) {

    public static <T> Part<T> of(T data) {
        return new Part<>(data, null);
    }

    public static <T> Part<T> missing(String why) {
        return new Part<>(null, why);
    }

    /** The service's answer when it was a success, else a readable reason (no answer in time, unreachable, its status). */
    public static <T> Part<T> from(SectionResult result, Function<Object, T> read) {
        if (result.ok()) {
            return of(read.apply(result.data()));
        }
        String why = result.detail() != null ? result.detail()
                : "the service answered " + result.httpStatus() + " (" + result.status().wireName() + ")";
        return missing(why);
    }

    public boolean available() {
        return unavailable == null;
    }

    public <U> Part<U> map(Function<T, U> mapper) {
        return available() ? of(mapper.apply(data)) : missing(unavailable);
    }
}
