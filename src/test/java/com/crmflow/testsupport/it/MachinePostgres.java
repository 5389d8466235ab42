package com.crmflow.testsupport.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL installation of this machine (server and client tools of one major version, Debian layout
 * {@code /usr/lib/postgresql/N/bin}, or {@code CRM_PG_BIN}), for the backup/restore test: pg_dump refuses a server
 * newer than itself and the zonky binaries of the other integration tests (PostgreSQL 16) come without pg_dump, so
 * that test runs its own embedded server from the same installation as the tools it calls.
 */
public final class MachinePostgres {

  public static final List<String> TOOLS = List.of("pg_dump", "pg_restore", "psql", "initdb", "pg_ctl", "postgres");

  private MachinePostgres() {}

  /** The folder with all of {@link #TOOLS}, or a clear failure saying what to install. */
  public static Path bin() {
    String configured = System.getenv("CRM_PG_BIN");
    Optional<Path> bin = configured != null && !configured.isBlank() ? Optional.of(Path.of(configured))
        : candidates().stream().filter(MachinePostgres::complete).findFirst();
    if (bin.isEmpty() || !complete(bin.get())) {
      throw new IllegalStateException("The backup/restore test needs PostgreSQL's server and client tools of one "
          + "major version (" + String.join(", ", TOOLS) + ") in /usr/lib/postgresql/<version>/bin or in CRM_PG_BIN"
          + (configured == null ? "" : " (now " + configured + ")") + ". Debian: sudo apt-get install -y postgresql");
    }
    return bin.get();
  }

  private static List<Path> candidates() {
    File[] versions = new File("/usr/lib/postgresql").listFiles(File::isDirectory);
    if (versions == null) {
      return List.of();
    }
    return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
        .sorted(Comparator.comparing((Path p) -> version(p.getParent().getFileName().toString())).reversed())
        .toList();
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean complete(Path bin) {
    return TOOLS.stream().allMatch(t -> Files.isExecutable(bin.resolve(t)));
  }

  /** An embedded server from {@code bin}/../{bin,lib} (the server finds its share folder at its built-in path). */
  public static EmbeddedPostgres start(Path bin) throws IOException {
    Path archive = archive(bin);
    PgBinaryResolver resolver = (system, hardware) -> new FileInputStream(archive.toFile());
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPgBinaryResolver(resolver)
        // Debian's built-in socket folder /var/run/postgresql is not writable for the embedded server's user
        .setServerConfig("unix_socket_directories", System.getProperty("java.io.tmpdir"))
        .setPGStartupWait(java.time.Duration.ofSeconds(30)).start();
  }

  /** bin/ and lib/ of the installation as the .txz that zonky unpacks (made once, kept under target/). */
  private static Path archive(Path bin) throws IOException {
    Path home = bin.toAbsolutePath().getParent();
    Path archive = Path.of("target", "machine-postgres-v2-" + home.getFileName() + ".txz").toAbsolutePath();
    if (Files.exists(archive)) {
      return archive;
    }
    Files.createDirectories(archive.getParent());
    Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
    ProcessBuilder tar = new ProcessBuilder("bash", "-c",
        "set -o pipefail; tar -C \"$1\" --dereference --hard-dereference --exclude=bin/postmaster -cf - bin lib | xz -0 -T0 > \"$2\"", "archive", home.toString(),
        partial.toString()).redirectErrorStream(true);
    Process p = tar.start();
    String output = new String(p.getInputStream().readAllBytes());
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("Cannot pack " + home + " (tar | xz): " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Files.move(partial, archive);
    return archive;
  }
}
