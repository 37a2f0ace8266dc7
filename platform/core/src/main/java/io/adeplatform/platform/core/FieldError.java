package io.adeplatform.platform.core;

/** One invalid field of a request and what is wrong with it. */
public record FieldError(String field, String message) {
}
