package dev.careergraph.neo4jserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * An embedded Neo4j 5 with a Bolt connector on 127.0.0.1, for careergraph's tests and for
 * development.
 *
 * <pre>
 *   NEO4J_PASSWORD=... java -jar target/neo4j-server.jar [--port N] [--data DIR] [--watch-stdin]
 * </pre>
 *
 * <p>Authentication is on: user {@code neo4j}, password from {@code NEO4J_PASSWORD} (at least
 * 8 characters, Neo4j's minimum). When Bolt accepts connections the launcher prints one line
 * on stdout, the URI ({@code bolt://127.0.0.1:PORT}); everything else goes to stderr. It stops
 * cleanly on SIGTERM/SIGINT and, with {@code --watch-stdin}, when its standard input closes,
 * which is how it dies with a parent that holds the pipe. Without {@code --data} the database
 * lives in a temporary folder deleted on stop.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final int PORT_ATTEMPTS = 5;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("set NEO4J_PASSWORD to the password to create (8 characters or more)");
        }
        boolean temporary = options.data == null;
        Path home = temporary ? Files.createTempDirectory("careergraph-neo4j-") : options.data;

        long started = System.nanoTime();
        Running running = start(home, options.port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.service.shutdown();
            if (temporary) {
                deleteTree(home);
            }
        }, "careergraph-neo4j-shutdown"));
        running.service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        if (options.watchStdin) {
            Thread watcher = new Thread(() -> exitAtEndOfInput(System.in), "careergraph-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        System.err.printf("neo4j %s ready in %.1f s, data in %s%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(),
                (System.nanoTime() - started) / 1e9, home);
        System.out.println("bolt://" + HOST + ":" + running.port);
        System.out.flush();
        Thread.currentThread().join(); // the shutdown hook ends the process
    }

    /** Start with Bolt on {@code port}, or on a free port (retried if another process takes it). */
    private static Running start(Path home, int port) throws IOException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < (port == 0 ? PORT_ATTEMPTS : 1); attempt++) {
            int chosen = port == 0 ? freePort() : port;
            // The advertised address must carry the real port: neo4j:// routing hands it out.
            SocketAddress address = new SocketAddress(HOST, chosen);
            try {
                DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, address)
                        .setConfig(BoltConnector.advertised_address, address)
                        .setConfig(GraphDatabaseSettings.auth_enabled, true)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                        .build();
                return new Running(service, chosen);
            } catch (RuntimeException exc) {
                last = exc;
                System.err.println("could not start on port " + chosen + ": " + exc.getMessage());
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static void exitAtEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent may write; only the end of input matters
            }
        } catch (IOException ignored) {
            // a broken pipe also means the parent is gone
        }
        System.exit(0);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException exc) {
                    throw new UncheckedIOException(exc);
                }
            });
        } catch (IOException | UncheckedIOException exc) {
            System.err.println("could not delete " + root + ": " + exc.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-server: " + message);
        System.exit(2);
    }

    private record Running(DatabaseManagementService service, int port) {
    }

    private record Options(int port, Path data, boolean watchStdin) {
        static Options parse(String[] args) {
            int port = 0;
            Path data = null;
            boolean watch = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--data" -> data = Path.of(value(args, ++i, "--data")).toAbsolutePath();
                    case "--watch-stdin" -> watch = true;
                    default -> fail("unknown argument " + args[i]
                            + " (use --port N, --data DIR, --watch-stdin)");
                }
            }
            return new Options(port, data, watch);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                fail(flag + " needs a value");
            }
            return args[i];
        }
    }
}
