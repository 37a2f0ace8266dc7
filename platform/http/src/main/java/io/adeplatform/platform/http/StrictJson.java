package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * The platform's JSON reading rules, for every body of every service (and every event payload, which share the
 * application's ObjectMapper): limits checked by the parser before any value is built, and exact types.
 * <ul>
 *   <li>{@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link #MAX_NUMBER_LENGTH}, {@link #MAX_NAME_LENGTH},
 *   {@link #MAX_DOCUMENT_LENGTH} ({@link StreamReadConstraints});</li>
 *   <li>content after the JSON document is refused;</li>
 *   <li>no coercion between scalars: a number is not text, a fraction is not an integer, text is not a number, a
 *   number is not a boolean; enums by wire name only ({@link WireEnumJson});</li>
 *   <li>text without control characters and decimals bounded ({@link StrictValueDeserializers}), dates within
 *   {@code Dates} ({@link DateLimits}), every list limited ({@link CollectionLimits}).</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Bodies nest a few levels; 64 leaves room for the OpenAPI documents the gateway reads with the same mapper. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest text field of any API is a few thousand characters; this only stops absurd values early. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Decimals keep at most 40 digits (platform/core {@code Decimals}); 64 characters leave room for sign and exponent. */
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 256;
    /** Bodies are capped at 1 MiB by {@code quarkus.http.limits.max-body-size}; events and documents read internally at 4 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Applies the rules to a mapper (the application's, or a plain one in a unit test). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType numeric : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(module());
        return mapper;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("ade-strict-json") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addBeanDeserializerModifier(new CollectionLimits());
                context.addBeanDeserializerModifier(new DateLimits());
            }
        };
        module.addDeserializer(String.class, StrictValueDeserializers.text());
        module.addKeyDeserializer(String.class, new StrictValueDeserializers.TextKey());
        module.addDeserializer(BigDecimal.class, new StrictValueDeserializers.Decimal());
        return module;
    }
}
