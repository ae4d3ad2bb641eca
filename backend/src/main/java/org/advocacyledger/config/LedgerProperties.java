package org.advocacyledger.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runtime settings, bound from {@code ledger.*} (environment: {@code LEDGER_*}).
 *
 * @param mongodbUri   a MongoDB connection string; blank means "start the embedded store"
 * @param dataDir      where the embedded store keeps its file
 * @param database     the database name used for events, tokens and read models
 * @param repairOlderThanSeconds  pending projection markers older than this are repaired while running
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(
        String mongodbUri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("ledger") String database,
        @DefaultValue("120") long repairOlderThanSeconds) {

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
