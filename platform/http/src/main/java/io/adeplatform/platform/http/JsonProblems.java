package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.WireEnums;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a Jackson failure into a 400 problem in the API's words: the JSON path of the field ({@code lines[0].schedule})
 * and what it must be ("a whole number", "one of: a, b", "a date between …"); never a Java type or Jackson's text.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemException of(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            return of(cause); // a parser failure that Jackson wrapped on its way up (a limit, a malformed token)
        }
        if (e instanceof StreamConstraintsException) {
            return ProblemException.badRequest(limitExceeded(e.getOriginalMessage()), List.of());
        }
        if (e instanceof InputCoercionException) {
            return ProblemException.badRequest("a number in the body is out of range: " + e.getOriginalMessage()
                    .replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip(), List.of());
        }
        if (e instanceof JsonParseException) {
            return ProblemException.badRequest("the body is not well-formed JSON: " + e.getOriginalMessage(), List.of());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return ProblemException.badRequest("the body cannot be read as JSON", List.of());
        }
        String path = jsonPath(mapping);
        if (e instanceof UnrecognizedPropertyException) {
            return field("unknown or read-only property", path, "is not a property that can be set");
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidInput invalid) {
            // a value's own rule (Money: an ISO 4217 currency), at the path of the value
            List<FieldError> errors = invalid.fieldErrors().stream()
                    .map(error -> new FieldError(path.isEmpty() ? error.field() : path + "." + error.field(), error.message()))
                    .toList();
            return ProblemException.badRequest("invalid value", errors);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Trailing token")) {
                return ProblemException.badRequest("the body has content after the end of the JSON document", List.of());
            }
            if (message.startsWith("No content to map")) {
                return ProblemException.badRequest("the body is empty; a JSON document is expected", List.of());
            }
            String expected = mismatch instanceof InvalidJsonValue invalid ? invalid.expected() : expected(mismatch.getTargetType());
            if (path.isEmpty()) {
                return ProblemException.badRequest("the body must be " + expected, List.of());
            }
            return field("invalid value", path, "must be " + expected);
        }
        return path.isEmpty() ? ProblemException.badRequest("the body cannot be read as JSON", List.of())
                : field("invalid value", path, "is not a valid value");
    }

    /** What a value of this type must be, in the API's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> WireEnums.wireName((Enum<?>) constant)).collect(Collectors.joining(", "));
        }
        String date = DateLimits.expected(type);
        if (date != null) {
            return date;
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return StrictValueDeserializers.TEXT;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return StrictValueDeserializers.DECIMAL;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID such as 3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value of another kind";
    }

    private static String limitExceeded(String message) {
        String text = message == null ? "" : message;
        if (text.contains("nesting depth")) {
            return "the body is nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels";
        }
        if (text.contains("String value length")) {
            return "the body has a text longer than " + StrictJson.MAX_STRING_LENGTH + " characters";
        }
        if (text.contains("Number value length")) {
            return "the body has a number longer than " + StrictJson.MAX_NUMBER_LENGTH + " characters";
        }
        if (text.contains("Name length")) {
            return "the body has a property name longer than " + StrictJson.MAX_NAME_LENGTH + " characters";
        }
        if (text.contains("Document length")) {
            return "the body is longer than " + StrictJson.MAX_DOCUMENT_LENGTH + " bytes";
        }
        return "the body exceeds a limit of the platform";
    }

    private static ProblemException field(String detail, String path, String message) {
        return ProblemException.badRequest(detail, List.of(new FieldError(path, message)));
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + Math.max(ref.getIndex(), 0) + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
