package org.advocacyledger.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The invented fixture files under src/test/resources/statistics, and UNHCR's real files where present. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/statistics/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder of UNHCR's real East Asia files ({@code shared/domain/unhcr}), found by walking up from the
     * working directory; empty where it is absent (those files are never committed).
     */
    public static Optional<Path> realUnhcrFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("domain").resolve("unhcr");
            if (Files.isRegularFile(candidate.resolve("asylum_decisions_east_asia.csv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
