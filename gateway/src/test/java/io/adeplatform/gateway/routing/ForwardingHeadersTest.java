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

    @Test
    void leavesTokensUnquotedAndQuotesEverythingElse() {
        assertThat(ForwardingHeaders.isToken("a-Z.0_~!#$%&'*+^`|")).isTrue();
        for (String notAToken : new String[] {"", "host:80", "a b", "a\"b", "a,b", "a;b", "[::1]", "h\u00e9"}) {
            assertThat(ForwardingHeaders.isToken(notAToken)).as(notAToken).isFalse();
        }
    }
}
