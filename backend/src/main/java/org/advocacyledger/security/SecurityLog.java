package org.advocacyledger.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Append-only log of security facts that are not domain events: sign-ins, failed sign-ins, refused
 * access, account administration. Never a password, token or hash; an address and a username at most.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);
    static final String COLLECTION = "security_log";

    public enum Kind {
        LOGGED_IN, LOGIN_FAILED, LOGIN_THROTTLED, LOGGED_OUT, ACCESS_REFUSED,
        USER_CREATED, USER_CHANGED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,
        ORGANISATION_CREATED, TOKEN_CREATED, TOKEN_REVOKED, SESSION_ENDED, SETTING_CHANGED
    }

    /** One entry: who (username or null), what, when, from where, about what. */
    public record Entry(String id, Instant at, Kind kind, String username, String address, String detail) {
    }

    private final MongoCollection<Document> entries;

    SecurityLog(MongoDatabase ledgerDatabase) {
        this.entries = ledgerDatabase.getCollection(COLLECTION);
    }

    public void record(Kind kind, String username, String address, String detail) {
        entries.insertOne(new Document("_id", new ObjectId()).append("at", Date.from(Instant.now()))
                .append("kind", kind.name()).append("username", username).append("address", address).append("detail", detail));
        if (kind == Kind.LOGIN_FAILED || kind == Kind.ACCESS_REFUSED || kind == Kind.LOGIN_THROTTLED) {
            log.warn("Security: {} user={} address={} {}", kind, username, address, detail == null ? "" : detail);
        }
    }

    public List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        for (Document d : entries.find().sort(Sorts.ascending("_id"))) {
            all.add(new Entry(d.getObjectId("_id").toHexString(), d.getDate("at").toInstant(), Kind.valueOf(d.getString("kind")),
                    d.getString("username"), d.getString("address"), d.getString("detail")));
        }
        return all;
    }
}
