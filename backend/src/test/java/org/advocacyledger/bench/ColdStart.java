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

    /**
     * Seconds to the first page and resident memory then; then, once the dashboard's facts have loaded in the
     * background (or after 10 minutes), the seconds from start and the resident memory (-1 if they did not load).
     */
    public record Result(double secondsToFirstPage, long residentKb, double secondsToFactsLoaded, long residentKbFactsLoaded) {
    }

    private ColdStart() {
    }

    public static Result measure(Path jar, Path dataDir, List<String> jvmOptions) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("ledger-coldstart-", ".log");
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
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
            long resident = residentKb(process.pid());
            while (process.isAlive() && !Files.readString(log).contains("Analytics facts loaded")
                    && System.nanoTime() - started < Duration.ofMinutes(10).toNanos()) {
                Thread.sleep(200);
            }
            boolean loaded = Files.readString(log).contains("Analytics facts loaded");
            return new Result(seconds, resident, loaded ? (System.nanoTime() - started) / 1e9 : -1,
                    loaded ? residentKb(process.pid()) : -1);
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

    /** {@code ColdStart <jar> [dataDir] [JVM options...]}: prints the figures for a fresh (or the given) data directory. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "backend/target/advocacy-ledger.jar");
        Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ledger-coldstart-data-");
        List<String> options = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Result first = measure(jar, data, options);
        Result second = measure(jar, data, options);
        System.out.printf("JVM options: %s%n", options.isEmpty() ? "(none)" : String.join(" ", options));
        System.out.printf("%-32s %10s %10s %14s %14s%n", "cold start", "first page", "resident", "facts loaded", "resident then");
        print("first start", first);
        print("second start (same directory)", second);
        System.exit(0);
    }

    private static void print(String label, Result r) {
        System.out.printf("%-32s %9.2fs %7d MB %13.2fs %11d MB%n", label, r.secondsToFirstPage(), r.residentKb() / 1024,
                r.secondsToFactsLoaded(), r.residentKbFactsLoaded() < 0 ? -1 : r.residentKbFactsLoaded() / 1024);
    }
}
