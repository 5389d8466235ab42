package com.crmflow.platform.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more node of the application in a JVM of its own (same classes as the test, {@code java.class.path}), for the
 * cluster test: started with the given properties as command-line arguments, ready when its readiness probe says UP,
 * and stopped the hard way ({@link #kill()}, SIGKILL — no shutdown hook, no graceful stop of the job executor, open
 * transactions and job locks left as they were). Its log goes to {@code target/cluster-node-<name>.log}.
 */
final class ApplicationNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ApplicationNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static ApplicationNode start(String name, Map<String, String> properties, Map<String, String> environment) {
    String classpath = System.getProperty("java.class.path");
    if (classpath == null || !classpath.contains("camunda-engine")) {
      throw new IllegalStateException("java.class.path does not hold the application's classpath (" + classpath
          + "); run the cluster test through Maven (./mvnw verify)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        // the engine stores lock expiry and due dates as local times without zone: nodes of one cluster must share
        // their JVM time zone, or one node sees the other's locks expire hours late (docs/operations.md "Running
        // several nodes")
        "-Duser.timezone=" + java.util.TimeZone.getDefault().getID(),
        "com.crmflow.CrmProcessApplication", "--server.port=" + port));
    properties.forEach((k, v) -> command.add("--" + k + "=" + v));
    Path log = Path.of("target", "cluster-node-" + name + ".log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      // the classpath through the environment: it is far longer than a command line may be
      builder.environment().put("CLASSPATH", classpath);
      builder.environment().putAll(environment);
      return new ApplicationNode(name, port, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  int port() {
    return port;
  }

  /** Waits until the node's readiness probe answers UP; fails with the end of its log if it dies or times out. */
  void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " ended with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("Node " + name + " not ready after " + timeout + ":\n" + logTail());
  }

  /** A hard stop, as a power cut or {@code kill -9}: the JVM gets no chance to clean up. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Node " + name + " still alive 30 s after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
