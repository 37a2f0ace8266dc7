package io.adeplatform.gateway.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardingHeadersTest {

    @Test
    void buildsAnRfc7239Element() {
        assertThat(ForwardingHeaders.forwardedElement("10.0.0.7", "gateway.example", "https"))
                .isEqualTo("for=10.0.0.7;host=gateway.example;proto=https");
    }

    @Test
    void quotesIpv6AndHostsWithAPort() {
        assertThat(ForwardingHeaders.forwardedElement("2001:db8::1", "localhost:8080", "http"))
                .isEqualTo("for=\"[2001:db8::1]\";host=\"localhost:8080\";proto=http");
    }
}
