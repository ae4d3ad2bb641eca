package org.advocacyledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The application in a separate JVM over a given data directory, so that a test can kill it with SIGKILL. */
public final class ForkedLedger implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ForkedLedger(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static ForkedLedger start(Path dataDir, String name, String... extraArgs) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                    "-cp", System.getProperty("java.class.path"),
                    "org.advocacyledger.AdvocacyLedgerApplication",
                    "--server.port=" + port,
                    "--ledger.data-dir=" + dataDir,
                    "--ledger.mongodb-uri=",
                    "--ledger.admin.username=" + TempDataDir.ADMIN,
                    "--ledger.admin.password=" + TempDataDir.ADMIN_PASSWORD));
            command.addAll(List.of(extraArgs));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ForkedLedger ledger = new ForkedLedger(process, log, port);
            ledger.awaitHealthy(Duration.ofSeconds(90));
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Http http() {
        return new Http("http://localhost:" + port).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The forked ledger died at start:\n" + log());
            }
            try {
                if (new Http("http://localhost:" + port).get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The forked ledger did not become healthy:\n" + log());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    public int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The forked ledger did not exit");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
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

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }
}
