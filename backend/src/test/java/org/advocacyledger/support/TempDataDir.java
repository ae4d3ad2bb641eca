package org.advocacyledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data directory and a known administrator for a Spring Boot test over the embedded store. */
public final class TempDataDir {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TempDataDir() {
    }

    public static Path register(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("ledger-test-");
            registry.add("ledger.data-dir", dir::toString);
            registry.add("ledger.mongodb-uri", () -> "");
            registry.add("ledger.admin.username", () -> ADMIN);
            registry.add("ledger.admin.password", () -> ADMIN_PASSWORD);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
