package dev.wafer.corpus.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Refuses addresses that lead into private networks: loopback, RFC 1918 and carrier-grade NAT
 * ranges, link-local (which includes the cloud metadata address 169.254.169.254), IPv6 unique-local,
 * multicast and the unspecified address — also when an IPv6 address carries one of them inside
 * (IPv4-compatible, NAT64, 6to4). A moderator's link must never make Wafer a proxy into the network
 * it runs in.
 *
 * <p>{@link #resolve} is the only name look-up a fetch makes: the fetcher's HTTP client connects to
 * exactly the addresses it returns, for every hop. Checking one answer and connecting to another
 * would let a DNS server that answers a public address first and 127.0.0.1 a moment later (DNS
 * rebinding) reach internal services.
 */
public final class NetworkGuard {

    /** Turns a host name into addresses: the system's DNS in the product, a scripted one in tests. */
    @FunctionalInterface
    public interface HostResolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        static HostResolver system() {
            return host -> Arrays.asList(InetAddress.getAllByName(host));
        }
    }

    private final boolean allowPrivate;
    private final Predicate<InetAddress> trusted;
    private final HostResolver resolver;

    /**
     * @param allowPrivate allow every address (the tests' loopback servers need it)
     * @param trusted      addresses allowed even though private (a test can trust exactly 127.0.0.1)
     * @param resolver     how host names are looked up
     */
    public NetworkGuard(boolean allowPrivate, Predicate<InetAddress> trusted, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.trusted = trusted;
        this.resolver = resolver;
    }

    public NetworkGuard(boolean allowPrivate, Predicate<InetAddress> trusted) {
        this(allowPrivate, trusted, HostResolver.system());
    }

    public static NetworkGuard of(FetchSettings settings) {
        return new NetworkGuard(settings.allowPrivateNetworks(), address -> false);
    }

    /**
     * Looks {@code host} up once and returns its addresses when every one is public (or allowed);
     * the caller must connect to these and no others.
     *
     * @throws FetchException naming the address when the host does not resolve or leads into a private network
     */
    public List<InetAddress> resolve(String url, String host) {
        List<InetAddress> addresses;
        try {
            addresses = List.copyOf(resolver.resolve(host));
        } catch (UnknownHostException e) {
            throw new FetchException(url, "the host name " + host + " does not resolve; check the address", -1, e);
        }
        if (addresses.isEmpty()) {
            throw new FetchException(url, "the host name " + host + " does not resolve; check the address");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String kind = privateKind(address);
                if (kind != null && !trusted.test(address)) {
                    throw new FetchException(url, "refused: " + host + " resolves to " + address.getHostAddress()
                            + ", a " + kind + " address; Wafer only fetches public web addresses"
                            + " (set " + FetchSettings.ALLOW_PRIVATE_ENV + "=true to allow private networks)");
                }
            }
        }
        return addresses;
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
            return ipv6Kind(bytes);
        }
        return ipv4Kind(bytes);
    }

    private static String ipv4Kind(byte[] bytes) {
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

    /**
     * IPv6 forms that carry an IPv4 address are judged by that address: the IPv4-compatible
     * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} (a NAT64 gateway forwards it to a.b.c.d) and
     * 6to4 {@code 2002:AABB:CCDD::}. Teredo and local-use NAT64 prefixes are refused outright: what
     * they reach cannot be told from the address.
     */
    private static String ipv6Kind(byte[] bytes) {
        if ((bytes[0] & 0xFE) == 0xFC) {
            return "private (unique-local)";
        }
        if (allZero(bytes, 0, 12)) {
            return embedded(bytes, 12, "IPv4-compatible");
        }
        if (startsWith(bytes, 0x00, 0x64, 0xFF, 0x9B)) {
            if (allZero(bytes, 4, 12)) {
                return embedded(bytes, 12, "NAT64");
            }
            return "reserved (local-use NAT64)";
        }
        if (startsWith(bytes, 0x20, 0x02)) {
            return embedded(bytes, 2, "6to4");
        }
        if (startsWith(bytes, 0x20, 0x01, 0x00, 0x00)) {
            return "reserved (Teredo tunnel)";
        }
        if (startsWith(bytes, 0x20, 0x01, 0x0D, 0xB8)) {
            return "reserved (documentation)";
        }
        return null;
    }

    private static String embedded(byte[] bytes, int from, String form) {
        try {
            InetAddress inner = Inet4Address.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
            String kind = privateKind(inner);
            return kind == null ? null : kind + " (" + form + " form of " + inner.getHostAddress() + ")";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
