package org.advocacyledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Cold start of the packaged jar: time from process start to the first served page (GET / answered 200
 * with the UI) and the resident memory (VmRSS from /proc) once that page was served.
 */
public final class ColdStart {

    public record Result(double secondsToFirstPage, long residentKb) {
    }

    private ColdStart() {
    }

    public static Result measure(Path jar, Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("ledger-coldstart-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        builder.environment().put("LEDGER_MONGODB_URI", "");
        builder.environment().putIfAbsent("LEDGER_ADMIN_PASSWORD", "benchmark-password");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited at start; log: " + Files.readString(log));
                }
                if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                    throw new IllegalStateException("no page after 5 minutes; log: " + log);
                }
                try {
                    HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("<div id=\"root\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(seconds, residentKb(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** {@code ColdStart <jar> [dataDir]}: prints the figures for a fresh (or the given) data directory. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "backend/target/advocacy-ledger.jar");
        Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ledger-coldstart-data-");
        Result first = measure(jar, data);
        Result second = measure(jar, data);
        System.out.printf("%-45s %10s %12s%n", "cold start", "first page", "resident");
        System.out.printf("%-45s %9.2fs %9d MB%n", "fresh data directory (first start)", first.secondsToFirstPage(), first.residentKb() / 1024);
        System.out.printf("%-45s %9.2fs %9d MB%n", "same data directory (restart)", second.secondsToFirstPage(), second.residentKb() / 1024);
    }
}
