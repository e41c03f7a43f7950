package vn.reviewportal.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address written out: {@code 192.168.1.5}, {@code ::1} or {@code [::1]}. Read without
 * ever asking a name server: {@link InetAddress#getByName} looks up anything it cannot parse,
 * and neither a Host header from a stranger nor a mistyped --bind may cause a lookup.
 */
public final class IpLiteral {

    private IpLiteral() {
    }

    /** The address {@code text} writes, or empty when it is a name or nothing at all. */
    public static Optional<InetAddress> parse(String text) {
        if (text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1);
            return inner.contains(":") ? ipv6(inner) : Optional.empty();
        }
        return text.contains(":") ? ipv6(text) : ipv4(text);
    }

    /** Four decimal numbers from 0 to 255 without leading zeros (which some readers take as octal). */
    private static Optional<InetAddress> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    /**
     * Hexadecimal groups and colons (an IPv4 tail allowed). In brackets, {@link InetAddress}
     * only parses: a text it cannot read is an error there, never a lookup.
     */
    private static Optional<InetAddress> ipv6(String text) {
        boolean plain = text.chars().allMatch(c -> c == ':' || c == '.' || (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (!plain) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName("[" + text + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
