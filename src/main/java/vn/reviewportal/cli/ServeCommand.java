package vn.reviewportal.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine;
import vn.reviewportal.serve.IpLiteral;
import vn.reviewportal.serve.PreviewServer;

@CommandLine.Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the site: builds it in memory, serves it at http://127.0.0.1:PORT/, rebuilds on every "
                + "saved change of content/, templates/ or archive/, and reloads the open pages.",
                "A mistake in the content is shown in the page and on the console; the last good site stays served. "
                        + "Nothing is written to site/."})
final class ServeCommand implements Callable<Integer> {

    /** A name as a Host header carries it: letters, digits, '-' and '_' between dots. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOptions options;

    @CommandLine.Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on: an IP address of this computer, or localhost (default: "
                    + "${DEFAULT-VALUE}, this computer only). 0.0.0.0 (or ::) listens on every network of this "
                    + "computer: anyone who can reach the port can then read the unpublished site.")
    String bind;

    @CommandLine.Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests made to NAME, a name by which the office reaches this computer "
                    + "(e.g. an intranet name such as tonghop.intranet); repeat it for several names. Otherwise only "
                    + "requests made to the --bind address itself are answered (for 127.0.0.1: 127.0.0.1, localhost "
                    + "and [::1]; for 0.0.0.0: any IP address and this computer's name), so that no web page "
                    + "elsewhere can read the preview through a name of its own that points here (DNS rebinding).")
    List<String> allowedHosts = new ArrayList<>();

    ServeCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        InetSocketAddress address = new InetSocketAddress(bindAddress(), checkedPort());
        checkAllowedHosts();
        try (PreviewServer server = new PreviewServer(options.toBuildOptions(console.workingDir()),
                address, allowedHosts, console.out(), console.colour())) {
            try {
                server.start();
            } catch (BindException e) {
                console.err().println("portal serve: cannot listen on port " + port + " of " + bind + " ("
                        + Objects.requireNonNullElse(e.getMessage(), "in use") + "): another program, perhaps "
                        + "another 'portal serve', is using it; choose another port with --port N, or --port 0 "
                        + "to take a free one");
                console.err().flush();
                return Main.USAGE;
            }
            if (!address.getAddress().isLoopbackAddress()) {
                console.err().println("portal serve: warning: the preview is reachable from other computers on the "
                        + "network (--bind " + bind + "); anyone who can reach port " + server.port()
                        + " can read the unpublished site");
                console.err().flush();
            }
            console.out().println("serving " + server.url() + " (press Ctrl+C to stop)");
            console.out().flush();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }

    /** The --bind address: written out, never looked up, and one this computer has. */
    private InetAddress bindAddress() {
        Optional<InetAddress> address = bind.equalsIgnoreCase("localhost")
                ? Optional.of(InetAddress.getLoopbackAddress()) : IpLiteral.parse(bind);
        if (address.isEmpty()) {
            throw usage("--bind takes an IP address of this computer such as 127.0.0.1, ::1 or 0.0.0.0, or "
                    + "localhost; '" + bind + "' is none (names are not looked up)");
        }
        if (!ofThisComputer(address.get())) {
            throw usage("--bind " + bind + " is not an address of this computer ('ip address' on Linux or "
                    + "'ipconfig' on Windows lists them; 0.0.0.0 takes them all)");
        }
        return address.get();
    }

    private static boolean ofThisComputer(InetAddress address) {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // the interfaces cannot be listed: binding will tell
        }
    }

    private int checkedPort() {
        if (port < 0 || port > 65535) {
            throw usage("--port is a number from 0 to 65535 (0 picks a free one), not " + port);
        }
        return port;
    }

    private void checkAllowedHosts() {
        for (String name : allowedHosts) {
            if (IpLiteral.parse(name).isEmpty() && !HOST_NAME.matcher(name).matches()) {
                throw usage("--allow-host takes a name such as tonghop.intranet, without http:// or a port; not '"
                        + name + "'");
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
