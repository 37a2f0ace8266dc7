package io.adeplatform.consumption.domain;

/** Where an upload's rows came from: a CSV cost export or the partner Kafka feed ("csv", "kafka" on the wire). */
public enum UsageSource {
    CSV, KAFKA
}
