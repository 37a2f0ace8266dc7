package io.adeplatform.billing.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.http.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Money must be written as exactly {amount, currency}: the platform record's {@code isKnownCurrency()} would otherwise
 * appear as a {@code knownCurrency} property in responses and event payloads (which the event schemas forbid).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @JsonIgnoreProperties(value = "knownCurrency", ignoreUnknown = false)
    abstract static class MoneyMixin {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Money.class, MoneyMixin.class);
    }
}
