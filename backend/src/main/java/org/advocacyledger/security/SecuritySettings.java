package org.advocacyledger.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Settings an administrator can change at run time (stored, so they survive a restart). */
@Component
public class SecuritySettings {

    private final MongoCollection<Document> settings;

    SecuritySettings(MongoDatabase ledgerDatabase) {
        this.settings = ledgerDatabase.getCollection("settings");
    }

    /** Whether scripts may still use HTTP Basic on /api/** (personal API tokens always work). */
    public boolean basicAuthEnabled() {
        Document d = settings.find(Filters.eq("_id", "security")).first();
        return d == null || d.getBoolean("basicAuthEnabled", true);
    }

    public void setBasicAuthEnabled(boolean enabled) {
        settings.replaceOne(Filters.eq("_id", "security"), new Document("_id", "security").append("basicAuthEnabled", enabled),
                new ReplaceOptions().upsert(true));
    }
}
