package dev.wafer.corpus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebFetcherTest {

    private final FixtureWeb web = new FixtureWeb();
    private final FetchSettings settings = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).withHostDelay(Duration.ZERO);

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void namesItselfAndDecompressesGzip() {
        web.serve("/page", 200, "text/html", "<p>gzipped café</p>".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Encoding", "gzip"), 0);

        FetchResult result = new WebFetcher(settings.withAllowPrivateNetworks(true)).fetch(web.url("/page"), null, null);

        assertThat(result.body()).isEqualTo("<p>gzipped café</p>");
        assertThat(web.requests.get(web.requests.size() - 1).headers())
                .containsEntry("user-agent", FetchSettings.USER_AGENT)
                .containsEntry("accept-encoding", "gzip, deflate");
        assertThat(FetchSettings.USER_AGENT).contains("Wafer", "https://");
    }

    @Test
    void refusesLoopbackAddressesUnlessPrivateNetworksAreAllowed() {
        web.serve("/page", "text/html", "<p>internal</p>");

        assertThatThrownBy(() -> new WebFetcher(settings.withAllowPrivateNetworks(false)).fetch(web.url("/page"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address");
        assertThat(web.requests).isEmpty();
    }

    @Test
    void refusesARedirectIntoLinkLocalOrPrivateNetworks() {
        // Trust exactly the test server, as a public site would be trusted: only the redirect target is private.
        NetworkGuard guard = new NetworkGuard(false, address -> address.getHostAddress().equals("127.0.0.1"));
        WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(false), guard);
        web.serve("/metadata", 302, null, new byte[0], Map.of("Location", "http://169.254.169.254/latest/meta-data/"), 0)
                .serve("/intranet", 301, null, new byte[0], Map.of("Location", "http://10.1.2.3/admin"), 0);

        assertThatThrownBy(() -> fetcher.fetch(web.url("/metadata"), null, null))
                .hasMessage("http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 resolves to 169.254.169.254,"
                        + " a link-local address; Wafer only fetches public web addresses"
                        + " (set WAFER_ALLOW_PRIVATE_NETWORKS=true to allow private networks)");
        assertThatThrownBy(() -> fetcher.fetch(web.url("/intranet"), null, null))
                .hasMessageContaining("a private address");
    }

    @Test
    void fetchesAgainAfterTheServerClosedTheIdleConnectionDuringTheHostDelay() throws Exception {
        // The server forgets an idle connection after 200 ms; Wafer waits 400 ms between two requests to a host.
        try (ShortKeepAliveServer server = new ShortKeepAliveServer(false, 200)) {
            WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(true).withHostDelay(Duration.ofMillis(400)));

            for (String path : List.of("/feed", "/feed")) {
                assertThat(fetcher.fetch(server.url(path), null, null).body()).isEqualTo("answer for " + path);
            }
            assertThat(server.paths()).containsExactly("/robots.txt", "/feed", "/feed");
        }
    }

    @Test
    void fetchesTwiceFromAnHttp10ServerThatClosesEveryConnection() throws Exception {
        try (ShortKeepAliveServer server = new ShortKeepAliveServer(true, 5_000)) {
            WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(true).withHostDelay(Duration.ofMillis(100)));

            assertThat(fetcher.fetch(server.url("/one"), null, null).body()).isEqualTo("answer for /one");
            assertThat(fetcher.fetch(server.url("/two"), null, null).body()).isEqualTo("answer for /two");
        }
    }

    @Test
    void followsAtMostFiveRedirects() {
        for (int i = 0; i < 3; i++) {
            web.serve("/hop" + i, 302, null, new byte[0], Map.of("Location", "/hop" + (i + 1)), 0);
        }
        web.serve("/hop3", 301, null, new byte[0], Map.of("Location", "/final"), 0).serve("/final", "text/plain", "arrived")
                .serve("/loop", 307, null, new byte[0], Map.of("Location", "/loop"), 0);
        WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(true));

        assertThat(fetcher.fetch(web.url("/hop0"), null, null).body()).isEqualTo("arrived");
        assertThat(fetcher.fetch(web.url("/hop0"), null, null).url()).isEqualTo(web.url("/final"));
        assertThatThrownBy(() -> fetcher.fetch(web.url("/loop"), null, null))
                .hasMessageEndingWith("redirected more than 5 times; giving up");
    }

    @Test
    void refusesAddressesThatAreNotWebAddresses() {
        WebFetcher fetcher = new WebFetcher(settings);

        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd", null, null))
                .hasMessage("file:///etc/passwd: only http:// and https:// addresses can be fetched");
    }

    @Test
    void connectsOnlyToTheAddressItCheckedWhenDnsAnswersDifferentlyTheSecondTime() throws Exception {
        // The "public" site lives on 127.0.0.1 (trusted, as a public address would be); the internal service on
        // 127.0.0.2 at the same port. A rebinding DNS server answers the public address for the first fetch's two
        // connections (robots.txt, then the page), the internal one after.
        try (FixtureWeb internal = new FixtureWeb(InetAddress.getByName("127.0.0.2"), web.port())) {
            web.serve("/news", "text/html", "<p>public news</p>");
            internal.serve("/news", "text/html", "<p>internal secrets</p>");
            AtomicInteger lookups = new AtomicInteger();
            NetworkGuard.HostResolver rebinding = host -> List.of(InetAddress.getByName(
                    lookups.getAndIncrement() < 2 ? "127.0.0.1" : "127.0.0.2"));
            NetworkGuard guard = new NetworkGuard(false, address -> address.getHostAddress().equals("127.0.0.1"), rebinding);
            WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(false), guard);

            FetchResult first = fetcher.fetch("http://news.rebind.test:" + web.port() + "/news", null, null);

            assertThat(first.body()).isEqualTo("<p>public news</p>");
            assertThat(internal.requests).isEmpty();
            // A later connection asks DNS again, gets the internal address, and is refused before connecting.
            WebFetcher fresh = new WebFetcher(settings.withAllowPrivateNetworks(false), guard);
            assertThatThrownBy(() -> fresh.fetch("http://news.rebind.test:" + web.port() + "/news", null, null))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("refused: news.rebind.test resolves to 127.0.0.2, a loopback address");
            assertThat(internal.requests).isEmpty();
        }
    }

    @Test
    void givesUpOnAServerThatTricklesItsAnswerPastTheDeadline() {
        // Each byte arrives well within the read timeout; only the whole fetch's deadline can stop this.
        web.trickle("/slow-feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Drip</title></channel></rss>", 200);
        WebFetcher fetcher = new WebFetcher(settings.withAllowPrivateNetworks(true)
                .withDeadlines(Duration.ofMillis(1500), Duration.ofMinutes(1)));

        assertThatThrownBy(() -> fetcher.fetch(web.url("/slow-feed"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("took longer than 1500 ms in all; Wafer gave up");
    }

    @Test
    void refusesIpv6FormsThatCarryAPrivateIpv4Address() throws Exception {
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("::127.0.0.1"))).startsWith("loopback (IPv4-compatible");
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("64:ff9b::a9fe:a9fe")))
                .isEqualTo("link-local (NAT64 form of 169.254.169.254)");
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("2002:a9fe:a9fe::1")))
                .isEqualTo("link-local (6to4 form of 169.254.169.254)");
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("2002:0a00:0001::1"))).startsWith("private (6to4");
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("64:ff9b::5db8:d822"))).isNull(); // NAT64 of a public address
        assertThat(NetworkGuard.privateKind(InetAddress.getByName("2606:4700::6810:85e5"))).isNull();
        assertThatThrownBy(() -> new WebFetcher(settings.withAllowPrivateNetworks(false)).fetch("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", null, null))
                .hasMessageContaining("a link-local (NAT64 form of 169.254.169.254) address");
    }

    @Test
    void classifiesPrivateAddresses() throws Exception {
        assertThat(NetworkGuard.privateKind(java.net.InetAddress.getByName("192.168.1.10"))).isEqualTo("private");
        assertThat(NetworkGuard.privateKind(java.net.InetAddress.getByName("100.64.0.1"))).isEqualTo("private (carrier-grade NAT)");
        assertThat(NetworkGuard.privateKind(java.net.InetAddress.getByName("fd00::1"))).isEqualTo("private (unique-local)");
        assertThat(NetworkGuard.privateKind(java.net.InetAddress.getByName("224.0.0.1"))).isEqualTo("multicast");
        assertThat(NetworkGuard.privateKind(java.net.InetAddress.getByName("93.184.216.34"))).isNull();
    }
}
