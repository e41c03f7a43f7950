package vn.reviewportal.serve;

import java.net.InetAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The hosts a request may name (in its Host header) for the preview to answer it. A web page
 * elsewhere can point a name of its own at 127.0.0.1 (DNS rebinding) and so read the preview
 * from the browser of anyone who visits it; its requests still name its own host, so answering
 * only the names of the bound address shuts it out. The port is not compared: a forwarded port
 * (ssh -L 9000:localhost:8000) arrives with another one, and a page elsewhere gains nothing by it.
 */
record AllowedHosts(Set<String> names, Set<InetAddress> addresses, boolean anyAddress) {

    private static final List<InetAddress> LOOPBACK = List.of(IpLiteral.parse("127.0.0.1").orElseThrow(),
            IpLiteral.parse("::1").orElseThrow());

    AllowedHosts {
        names = Set.copyOf(names);
        addresses = Set.copyOf(addresses);
    }

    /**
     * For a loopback address 127.0.0.1, [::1] and localhost; for another single address that
     * address; for the wildcard (0.0.0.0 or ::) any address. And in every case {@code extra}: the
     * names given with --allow-host, and for the wildcard this computer's name.
     */
    static AllowedHosts of(InetAddress bound, Collection<String> extra) {
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        for (String name : extra) {
            IpLiteral.parse(name).ifPresentOrElse(addresses::add, () -> names.add(name.toLowerCase(Locale.ROOT)));
        }
        if (bound.isAnyLocalAddress()) {
            return new AllowedHosts(names, addresses, true);
        }
        addresses.add(bound);
        if (bound.isLoopbackAddress()) {
            names.add("localhost");
            addresses.addAll(LOOPBACK);
        }
        return new AllowedHosts(names, addresses, false);
    }

    /** Whether {@code host}, as a Host header gives it (a name or an address, with or without a port), is one of these. */
    boolean allows(String host) {
        Optional<String> name = withoutPort(host.strip());
        if (name.isEmpty()) {
            return false;
        }
        Optional<InetAddress> address = IpLiteral.parse(name.get());
        return address.isPresent() ? anyAddress || addresses.contains(address.get())
                : names.contains(name.get().toLowerCase(Locale.ROOT));
    }

    /** {@code localhost:8000} → localhost, {@code [::1]:8000} → [::1]; empty when what follows the name is not a port. */
    private static Optional<String> withoutPort(String host) {
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.lastIndexOf(':');
        if (end == 0) {
            return Optional.empty(); // an opening bracket that is never closed
        }
        String name = end < 0 ? host : host.substring(0, end);
        String port = end < 0 ? "" : host.substring(end);
        boolean portOk = port.isEmpty() || (port.startsWith(":") && port.length() <= 6
                && port.chars().skip(1).allMatch(c -> c >= '0' && c <= '9'));
        boolean nameOk = !name.isEmpty() && (name.startsWith("[") || !name.contains(":"));
        return portOk && nameOk ? Optional.of(name) : Optional.empty();
    }
}
