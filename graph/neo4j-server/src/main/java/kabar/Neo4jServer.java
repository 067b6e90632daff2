// A real Neo4j 5 Community server for kabar-graph, started in-process by Neo4j's test harness: Bolt
// only, on 127.0.0.1 and a free port, auth on with the given password. Prints one "ready" line and
// runs until SIGTERM/SIGINT or until its standard input closes (so it dies with the process that ran it).
package kabar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public final class Neo4jServer {
  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kabar-graph");
    Path work = Files.createTempDirectory("kabar-neo4j-");
    Path importDir = Files.createDirectories(work.resolve("import"));
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder(work)
            .withDisabledServer()
            .withConfig(HttpConnector.enabled, false)
            .withConfig(HttpsConnector.enabled, false)
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .withConfig(GraphDatabaseSettings.auth_enabled, true)
            .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
            // RFC 4180 quoting, as neo4j-admin import reads it: a backslash before a quote is text.
            .withConfig(GraphDatabaseSettings.csv_legacy_quote_escaping, false)
            // The page cache in MB, from the launcher (KG_NEO4J_PAGECACHE_MB); 256 MB held pushes back.
            .withConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("kabar.pagecacheMb", 1024L) * 1024 * 1024)
            .build();
    setPassword(neo4j, password);

    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  neo4j.close();
                  deleteTree(work);
                  stop.countDown();
                }));
    System.out.printf(
        "neo4j ready: %s version Neo4j/%s user neo4j password %s import %s%n",
        neo4j.boltURI().toString().replace("localhost", "127.0.0.1"),
        version(neo4j),
        password,
        importDir);
    System.out.flush();
    if (args.length > 0 && args[0].equals("--until-stdin-closes")) {
      drain(System.in);
      System.exit(0);
    }
    stop.await();
  }

  /** The harness starts with the default password; set ours so auth is real (wrong ones fail). */
  private static void setPassword(Neo4j neo4j, String password) {
    GraphDatabaseService system = neo4j.databaseManagementService().database("system");
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", java.util.Map.of("p", password));
  }

  private static String version(Neo4j neo4j) {
    return neo4j
        .defaultDatabaseService()
        .executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
            java.util.Map.of(),
            r -> String.valueOf(r.next().get("v")));
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[256];
    while (in.read(buf) >= 0) {
      // Nothing is read from stdin; its end is the signal to stop.
    }
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j-server: could not delete " + root + ": " + e.getMessage());
    }
  }
}
