package io.adeplatform.portfolio.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.http.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Keeps money on the wire as exactly {@code {"amount", "currency"}}: platform's {@link Money} has a public
 * {@code isKnownCurrency()} that Jackson would otherwise write as a third property "knownCurrency" (in responses and
 * in event payloads, where the agreed schemas forbid it). Work-around until the platform annotates it.
 */
@Singleton
public class MoneyJson implements ObjectMapperCustomizer {

    abstract static class MoneyMixin {
        @JsonIgnore
        abstract boolean isKnownCurrency();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Money.class, MoneyMixin.class);
    }
}
