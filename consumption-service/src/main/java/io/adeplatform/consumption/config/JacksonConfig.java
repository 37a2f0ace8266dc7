package io.adeplatform.consumption.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.http.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Money's {@code isKnownCurrency()} helper would otherwise be written as a "knownCurrency" property into every API
 * response and event payload, which the agreed money shape {amount, currency} does not have.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @JsonIgnoreProperties({"knownCurrency"})
    abstract static class MoneyMixin {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Money.class, MoneyMixin.class);
    }
}
