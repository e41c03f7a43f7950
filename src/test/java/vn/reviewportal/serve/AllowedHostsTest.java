package vn.reviewportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which hosts a request may name, for the addresses a test cannot bind: every address, or one
 * of another network. (PreviewServerTest asks a running server bound to 127.0.0.1.)
 */
class AllowedHostsTest {

    private static Map<String, Boolean> answers(AllowedHosts hosts, String... requested) {
        Map<String, Boolean> answers = new TreeMap<>();
        for (String host : requested) {
            answers.put(host, hosts.allows(host));
        }
        return answers;
    }

    private static InetAddress address(String text) {
        return IpLiteral.parse(text).orElseThrow();
    }

    @Test
    void listeningOnEveryAddressAnswersAnyAddressAndTheNamesOfThisComputer() {
        AllowedHosts hosts = AllowedHosts.of(address("0.0.0.0"), List.of("May-TongHop", "tonghop.intranet"));
        assertEquals(Map.of("192.168.1.5:8000", true, "10.0.0.7", true, "[fe80::1]:8000", true,
                "may-tonghop:8000", true, "TONGHOP.intranet", true,
                "evil.example", false, "192.168.1.5.nip.io", false, "999.1.1.1", false, "192.168.001.5", false,
                "intranet", false),
                answers(hosts, "192.168.1.5:8000", "10.0.0.7", "[fe80::1]:8000", "may-tonghop:8000", "TONGHOP.intranet",
                        "evil.example", "192.168.1.5.nip.io", "999.1.1.1", "192.168.001.5", "intranet"));
    }

    @Test
    void listeningOnOneAddressAnswersThatAddressOnly() {
        AllowedHosts hosts = AllowedHosts.of(address("192.168.1.5"), List.of());
        assertEquals(Map.of("192.168.1.5:8000", true, "192.168.1.5", true,
                "192.168.1.6", false, "127.0.0.1", false, "localhost", false, "evil.example", false),
                answers(hosts, "192.168.1.5:8000", "192.168.1.5", "192.168.1.6", "127.0.0.1", "localhost",
                        "evil.example"));
    }

    @Test
    void listeningOnLoopbackAnswersItsNamesAndNothingMalformed() {
        AllowedHosts hosts = AllowedHosts.of(address("::1"), List.of());
        assertEquals(Map.of("[::1]:8000", true, "[0:0:0:0:0:0:0:1]", true, "127.0.0.1:8000", true, "localhost", true,
                "::1", false, "[::1", false, "localhost:80:80", false, "localhost:http", false, "", false,
                "localhost.", false),
                answers(hosts, "[::1]:8000", "[0:0:0:0:0:0:0:1]", "127.0.0.1:8000", "localhost", "::1", "[::1",
                        "localhost:80:80", "localhost:http", "", "localhost."));
    }
}
