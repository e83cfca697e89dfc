import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;

/**
 * Runs Neo4j Community in this JVM with only Bolt on 127.0.0.1, for local development and tests.
 *
 * <p>Options (flag, else environment variable, else default):
 * --port / NEO4J_PORT (7687), --data-dir / NEO4J_DATA_DIR (required; used as the Neo4j home),
 * --password / NEO4J_PASSWORD (required, min 8 chars), --page-cache / NEO4J_PAGE_CACHE (512m),
 * --tx-timeout / NEO4J_TX_TIMEOUT (60s), --tx-memory / NEO4J_TX_MEMORY (Neo4j default: 70% of heap),
 * --exit-on-stdin-eof (shut down when stdin closes, so the JVM dies with the process that spawned it).
 *
 * <p>Prints exactly one line, {@code READY bolt://127.0.0.1:<port>}, to stdout once Bolt accepts
 * connections. Neo4j's own logs go to <data-dir>/logs.
 */
public final class Launcher {
  public static void main(String[] argv) {
    try {
      run(parseArgs(argv));
    } catch (Throwable t) {
      // Neo4j's non-daemon threads would keep a half-started JVM alive; exit runs the shutdown hook.
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(Map<String, String> args) throws Exception {
    int port = Integer.parseInt(option(args, "port", "NEO4J_PORT", "7687"));
    String dataDir = option(args, "data-dir", "NEO4J_DATA_DIR", null);
    String password = option(args, "password", "NEO4J_PASSWORD", null);
    if (dataDir == null || password == null) {
      System.err.println("Launcher: --data-dir and --password (or NEO4J_DATA_DIR, NEO4J_PASSWORD) are required");
      System.exit(2);
    }
    String txMemory = option(args, "tx-memory", "NEO4J_TX_MEMORY", null);

    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    var builder = new DatabaseManagementServiceBuilder(Path.of(dataDir).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, bolt)
        // The advertised address is what neo4j:// routing tables hand back to drivers.
        .setConfig(BoltConnector.advertised_address, bolt)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // LOAD CSV would read any file the JVM can (file:///etc/passwd) for anyone who may send
        // Cypher, in a READ session too; and fetch any URL from this host. Nothing here needs it.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
            parse(GraphDatabaseInternalSettings.cypher_ip_blocklist, "0.0.0.0/0,::/0"))
        // Timeouts are enforced when the monitor looks, every 2 s by default: a statement given
        // 1 s could run for 3. Looking every 100 ms costs next to nothing.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
        // Netty's 5 s quiet period, paid twice, would make every stop take 10 s; by the time it
        // applies the databases are already checkpointed and closed.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory,
            parse(GraphDatabaseSettings.pagecache_memory, option(args, "page-cache", "NEO4J_PAGE_CACHE", "512m")))
        .setConfig(GraphDatabaseSettings.transaction_timeout,
            parse(GraphDatabaseSettings.transaction_timeout, option(args, "tx-timeout", "NEO4J_TX_TIMEOUT", "60s")));
    if (txMemory != null) {
      builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
          parse(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory));
    }

    DatabaseManagementService dbms = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    setPassword(dbms, password);

    waitForPort(port);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (args.containsKey("exit-on-stdin-eof")) {
      drain(System.in);
      System.exit(0); // runs the shutdown hook
    }
    new CountDownLatch(1).await(); // until SIGTERM/SIGINT, which run the shutdown hook
  }

  /**
   * Makes the configured password the only valid one for user neo4j. Embedded code runs with full
   * privileges, so ALTER USER works on Community without knowing the old password; Neo4j refuses
   * to "change" a password to the one already set, which on a restart is the usual case.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        String message = t.getMessage();
        if (message != null && message.contains("Old password and new password cannot be the same")) return;
      }
      throw e;
    }
  }

  /** Parses a raw string the way neo4j.conf would (e.g. "1g", "60s"). */
  @SuppressWarnings("unchecked")
  private static <T> T parse(Setting<T> setting, String raw) {
    return ((SettingImpl<T>) setting).parse(raw);
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) throw new IllegalArgumentException("Unexpected argument: " + a);
      String key = a.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) out.put(key.substring(0, eq), key.substring(eq + 1));
      else if (key.equals("exit-on-stdin-eof")) out.put(key, "true");
      else if (i + 1 < argv.length) out.put(key, argv[++i]);
      else throw new IllegalArgumentException("Missing value for " + a);
    }
    return out;
  }

  private static String option(Map<String, String> args, String flag, String env, String fallback) {
    String v = args.get(flag);
    if (v == null || v.isEmpty()) v = System.getenv(env);
    return v == null || v.isEmpty() ? fallback : v;
  }

  private static void waitForPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not accept connections on port " + port);
  }

  private static void drain(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // discard
      }
    } catch (IOException e) {
      // a broken stdin counts as closed
    }
  }
}
