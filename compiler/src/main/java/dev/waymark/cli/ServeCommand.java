package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.serve.Preview;
import dev.waymark.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `waymark serve [PATH...] [--port N] [--host H] [--open]`: the live preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site, the maps and the journey pages on a local address, rendered in memory,",
                "and update open pages within a second of a save. While a file has errors its page shows them",
                "above the last map that rendered. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SourcePaths paths;

    @Option(names = "--port", paramLabel = "N", defaultValue = "4242", description = "The port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only; anything else shows your maps to the network.")
    String host;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Override
    public Integer call() throws InputException, InterruptedException {
        Rules rules = Rules.load();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.policy(rules); // a broken waymark.yaml at start is a usage error, like for check
        Preview preview = new Preview(() -> {
            Policy policy = common.policy(rules);
            return new Preview.Setup(policy, common.paths(paths.given, policy));
        }, common.workingDir(), common::asOf, rules);
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InputException("--host: unknown host " + host);
        }
        if (!address.isLoopbackAddress()) {
            err.println("waymark: warning: listening on " + host + ": anyone who can reach this machine can read your maps");
            err.flush();
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(preview, new InetSocketAddress(address, port), true);
        } catch (IOException e) {
            throw new InputException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + (port != 0 ? " (another program may use it; try --port 0)" : ""), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            err.println("waymark serve: stopped");
            err.flush();
            stopped.countDown();
        }, "waymark-serve-stop"));
        URI uri = server.uri();
        out.println("Serving " + preview.journeys() + (preview.journeys() == 1 ? " journey" : " journeys") + " at " + uri
                + " (Ctrl-C to stop)");
        out.flush();
        if (open) Browser.open(uri, err);
        stopped.await();
        return ExitCodes.OK;
    }
}
