import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Serves Stanford CoreNLP for French, English and Spanish on 127.0.0.1 only, for local development
 * and tests. StanfordCoreNLPServer is not used because it listens on every interface and builds
 * pipelines lazily, per request properties.
 *
 * <p>Options: --port (9000), --threads (2: texts annotated at once), --max-body-bytes (2 MiB),
 * --exit-on-stdin-eof (shut down when stdin closes, so the JVM dies with the process that spawned it).
 *
 * <p>Endpoints: GET /health is 200 "ready" once every pipeline is loaded, 503 before. POST
 * /annotate?lang=fr|en|es with the raw UTF-8 text as the body answers CoreNLP's JSON
 * (JSONOutputter); character offsets are UTF-16 code units of the text sent.
 *
 * <p>Prints exactly one line, {@code READY http://127.0.0.1:<port>}, to stdout once all pipelines are
 * loaded. CoreNLP's own logging goes to stderr.
 */
public final class NlpServer {
  private static final String[] LANGUAGES = {"fr", "en", "es"};
  private static final Map<String, String> WARM_UP = Map.of(
      "fr", "Marie Dupont est arrivée hier à Lyon.",
      "en", "Mary Smith arrived in Leeds yesterday.",
      "es", "María García llegó ayer a Sevilla.");

  private final Map<String, StanfordCoreNLP> pipelines = new HashMap<>();
  private volatile boolean ready;
  private final ExecutorService annotators;
  private final int maxBodyBytes;

  private NlpServer(int threads, int maxBodyBytes) {
    this.annotators = Executors.newFixedThreadPool(threads, daemon("annotate"));
    this.maxBodyBytes = maxBodyBytes;
  }

  public static void main(String[] argv) {
    try {
      run(parseArgs(argv));
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(Map<String, String> args) throws Exception {
    int port = Integer.parseInt(args.getOrDefault("port", "9000"));
    int threads = Integer.parseInt(args.getOrDefault("threads", "2"));
    int maxBodyBytes = Integer.parseInt(args.getOrDefault("max-body-bytes", String.valueOf(2 << 20)));
    NlpServer nlp = new NlpServer(threads, maxBodyBytes);

    // Listening before the models load lets /health say 503 instead of refusing connections.
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    http.createContext("/health", nlp::health);
    http.createContext("/annotate", nlp::annotate);
    // Requests only wait here for the annotation pool, so /health answers while it is busy.
    http.setExecutor(Executors.newFixedThreadPool(threads + 2, daemon("http")));
    http.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      http.stop(2); // seconds for the requests in flight
      nlp.annotators.shutdownNow();
    }, "nlp-shutdown"));

    long started = System.nanoTime();
    nlp.load();
    nlp.ready = true;
    System.err.printf("NlpServer: pipelines %s loaded in %.1f s%n",
        String.join(", ", LANGUAGES), (System.nanoTime() - started) / 1e9);
    System.out.println("READY http://127.0.0.1:" + port);
    System.out.flush();

    if (args.containsKey("exit-on-stdin-eof")) {
      drain(System.in);
      System.exit(0); // runs the shutdown hook
    }
    new CountDownLatch(1).await(); // until SIGTERM/SIGINT, which run the shutdown hook
  }

  /** Builds the three pipelines in parallel: model loading is mostly single-threaded decompression. */
  private void load() throws Exception {
    // SLF4J set up from several threads at once drops their first log lines (and says so).
    LoggerFactory.getILoggerFactory();
    ExecutorService loaders = Executors.newFixedThreadPool(LANGUAGES.length, daemon("load"));
    try {
      Map<String, Future<StanfordCoreNLP>> loading = new LinkedHashMap<>();
      for (String lang : LANGUAGES) {
        Properties props = properties(lang);
        loading.put(lang, loaders.submit(() -> {
          long started = System.nanoTime();
          StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
          long built = System.nanoTime();
          // The first text pays for lazily loaded resources (12 s for English): pay it before READY.
          pipeline.annotate(new Annotation(WARM_UP.get(lang)));
          System.err.printf("NlpServer: %s pipeline built in %.1f s, warmed up in %.1f s%n",
              lang, (built - started) / 1e9, (System.nanoTime() - built) / 1e9);
          return pipeline;
        }));
      }
      for (Map.Entry<String, Future<StanfordCoreNLP>> e : loading.entrySet()) {
        try {
          pipelines.put(e.getKey(), e.getValue().get());
        } catch (ExecutionException failure) {
          throw new IllegalStateException("could not load the " + e.getKey() + " pipeline", failure.getCause());
        }
      }
    } finally {
      loaders.shutdownNow();
    }
  }

  /**
   * The language's own defaults from its models jar, trimmed to what we read (tokens, POS, lemmas
   * where the language has a lemmatizer, NER, basic dependencies) and without the slow extras:
   * numeric and SUTime classifiers (dates are read by the ingest), fine-grained NER, KBP, coref.
   */
  static Properties properties(String lang) throws IOException {
    Properties props = new Properties();
    switch (lang) {
      case "fr" -> {
        props.putAll(resource("StanfordCoreNLP-french.properties"));
        // French has no lemmatizer in CoreNLP.
        props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
      }
      case "es" -> {
        props.putAll(resource("StanfordCoreNLP-spanish.properties"));
        props.setProperty("annotators", "tokenize,ssplit,mwt,pos,lemma,ner,depparse");
      }
      case "en" -> {
        props.putAll(resource("StanfordCoreNLP.properties"));
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // PER, LOC, ORG, MISC as for French, instead of three models combined.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      }
      default -> throw new IllegalArgumentException("no pipeline for " + lang);
    }
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    // A line break ends a sentence: the corpus's texts hold a paragraph, a headline or a caption
    // per line, and a headline without a full stop would otherwise run into the line after it.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  private static Properties resource(String name) throws IOException {
    try (InputStream in = NlpServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IOException(name + " is not on the classpath (models jar missing?)");
      Properties props = new Properties();
      props.load(in);
      return props;
    }
  }

  private void health(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        reply(exchange, 405, "use GET /health");
      } else if (ready) {
        reply(exchange, 200, "ready");
      } else {
        reply(exchange, 503, "loading the CoreNLP pipelines");
      }
    }
  }

  private void annotate(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        reply(exchange, 405, "use POST /annotate?lang=fr|en|es with the text as the body");
        return;
      }
      String lang = query(exchange).get("lang");
      if (lang == null || !isLanguage(lang)) {
        reply(exchange, 400, "lang must be fr, en or es, got " + (lang == null ? "nothing" : "'" + lang + "'"));
        return;
      }
      if (!ready) {
        reply(exchange, 503, "loading the CoreNLP pipelines");
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        reply(exchange, 413, "the text is over " + maxBodyBytes + " bytes");
        return;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
      } catch (CharacterCodingException e) {
        reply(exchange, 400, "the body is not valid UTF-8");
        return;
      }
      StanfordCoreNLP pipeline = pipelines.get(lang);
      byte[] json;
      try {
        json = annotators.submit(() -> toJson(pipeline, text)).get();
      } catch (ExecutionException e) {
        e.getCause().printStackTrace();
        reply(exchange, 500, "annotation failed: " + oneLine(e.getCause()));
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        reply(exchange, 503, "shutting down");
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, json.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(json);
      }
    }
  }

  private static byte[] toJson(StanfordCoreNLP pipeline, String text) throws IOException {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    // The words split from one written word (French "au" -> "à" "le") keep its offsets but get the
    // split form as their originalText; give them the written word, so that originalText is always
    // the text at the token's offsets.
    for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
      if (Boolean.TRUE.equals(token.get(CoreAnnotations.IsMultiWordTokenAnnotation.class))) {
        token.setOriginalText(text.substring(token.beginPosition(), token.endPosition()));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JSONOutputter().print(document, out, new AnnotationOutputter.Options(false));
    return out.toByteArray();
  }

  /** The body, or null when it is longer than maxBodyBytes (chunked bodies have no length up front). */
  private byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    for (int n; (n = in.read(buf)) >= 0; ) {
      if (out.size() + n > maxBodyBytes) return null;
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean isLanguage(String lang) {
    for (String l : LANGUAGES) if (l.equals(lang)) return true;
    return false;
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> out = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void reply(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.split("\n", 2)[0]);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, "nlp-" + name);
      thread.setDaemon(true);
      return thread;
    };
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
