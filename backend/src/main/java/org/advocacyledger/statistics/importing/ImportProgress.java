package org.advocacyledger.statistics.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Progress of running imports, in memory, for the upload page's progress bar. The browser names its upload
 * with a random id; only the user who started it can read it; entries are forgotten 10 minutes after their
 * last change.
 */
@Component
public class ImportProgress {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Duration KEEP = Duration.ofMinutes(10);

    /** Where an import is: reading the file, then importing {@code rowsDone} of {@code rowsTotal} rows, then done. */
    public record Status(String phase, int rowsRead, int rowsDone, int rowsTotal) {
    }

    private record Entry(String owner, Status status, Instant updated) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    void update(String id, String owner, Status status) {
        if (id == null) {
            return;
        }
        Instant now = Instant.now();
        entries.values().removeIf(e -> e.updated().isBefore(now.minus(KEEP)));
        entries.compute(id, (k, existing) -> existing != null && !existing.owner().equals(owner)
                ? existing : new Entry(owner, status, now));
    }

    /** The status of {@code id} if {@code user} started it; null otherwise. */
    public Status find(String id, String user) {
        Entry entry = entries.get(id);
        return entry == null || !entry.owner().equals(user) ? null : entry.status();
    }
}
