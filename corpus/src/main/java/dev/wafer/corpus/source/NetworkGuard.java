package dev.wafer.corpus.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Refuses addresses that lead into private networks: loopback, RFC 1918 and carrier-grade NAT
 * ranges, link-local (which includes the cloud metadata address 169.254.169.254), IPv6 unique-local,
 * multicast and the unspecified address. A moderator's link must never make Wafer a proxy into the
 * network it runs in. Every address a host name resolves to is checked, and every redirect target.
 *
 * <p>Known limit: the HTTP client resolves the name again when it connects. Java caches successful
 * look-ups (30 s by default), so both usually agree, but a hostile DNS server with a zero TTL could
 * still answer differently the second time.
 */
public final class NetworkGuard {

    private final boolean allowPrivate;
    private final Predicate<InetAddress> trusted;

    /**
     * @param allowPrivate allow every address (the tests' loopback servers need it)
     * @param trusted      addresses allowed even though private (a test can trust exactly 127.0.0.1)
     */
    public NetworkGuard(boolean allowPrivate, Predicate<InetAddress> trusted) {
        this.allowPrivate = allowPrivate;
        this.trusted = trusted;
    }

    public static NetworkGuard of(FetchSettings settings) {
        return new NetworkGuard(settings.allowPrivateNetworks(), address -> false);
    }

    /** Throws a {@link FetchException} naming the address when the host leads into a private network. */
    public void check(String url, String host) {
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, "the host name " + host + " does not resolve; check the address", -1, e);
        }
        for (InetAddress address : addresses) {
            String kind = privateKind(address);
            if (kind != null && !trusted.test(address)) {
                throw new FetchException(url, "refused: " + host + " resolves to " + address.getHostAddress()
                        + ", a " + kind + " address; Wafer only fetches public web addresses"
                        + " (set " + FetchSettings.ALLOW_PRIVATE_ENV + "=true to allow private networks)");
            }
        }
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String privateKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xFE) == 0xFC) {
                return "private (unique-local)";
            }
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 100 && second >= 64 && second <= 127) {
            return "private (carrier-grade NAT)";
        }
        if (first == 0 || first >= 240 || (first == 192 && second == 0 && (bytes[2] & 0xFF) == 0)
                || (first == 198 && (second == 18 || second == 19))) {
            return "reserved";
        }
        return null;
    }
}
