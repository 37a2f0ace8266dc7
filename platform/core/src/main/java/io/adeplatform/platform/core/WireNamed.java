package io.adeplatform.platform.core;

/**
 * An enum whose wire name is not the default lower-case-with-hyphens form of its constant (escalation levels travel as
 * "L1", "L2", "L3"): {@link WireEnums}, and so every JSON body, event payload and query parameter, uses this name.
 */
public interface WireNamed {

    String wireName();
}
