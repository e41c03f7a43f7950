package vn.reviewportal.cli;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import vn.reviewportal.serve.PreviewServer;

@CommandLine.Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the site: builds it in memory, serves it at http://127.0.0.1:PORT/, rebuilds on every "
                + "saved change of content/, templates/ or archive/, and reloads the open pages.",
                "A mistake in the content is shown in the page and on the console; the last good site stays served. "
                        + "Nothing is written to site/."})
final class ServeCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Mixin
    SiteOptions options;

    @CommandLine.Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    ServeCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (PreviewServer server = new PreviewServer(options.toBuildOptions(console.workingDir()),
                new InetSocketAddress(bind, port), console.out(), console.colour())) {
            server.start();
            console.out().println("serving http://" + bind + ":" + server.port() + "/ (press Ctrl+C to stop)");
            console.out().flush();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
