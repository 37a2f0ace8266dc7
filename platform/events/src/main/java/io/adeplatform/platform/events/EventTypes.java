package io.adeplatform.platform.events;

/**
 * Naming of topics and CloudEvents types, in one place so producers, consumers and the contracts agree:
 * topic {@code <domain>.<aggregate>.events}, type {@code io.adeplatform.<domain>.<aggregate>.<event>.v<n>}.
 */
public final class EventTypes {

    private EventTypes() {
    }

    public static String topic(String domain, String aggregateType) {
        return domain + "." + aggregateType + ".events";
    }

    public static String type(String domain, String aggregateType, String eventName, int version) {
        return "io.adeplatform." + domain + "." + aggregateType + "." + eventName + ".v" + version;
    }

    public static String source(String applicationName) {
        return "/" + applicationName;
    }
}
