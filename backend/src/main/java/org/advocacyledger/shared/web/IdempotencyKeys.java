package org.advocacyledger.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} for create requests. The key is stored first ({@code _id} = user + key, so two
 * concurrent requests cannot both win the insert) together with the id the new record will get and a
 * fingerprint of the request body. The request that inserted the key creates the record; a repeat gets
 * the same record id back (and the same answer); a repeat with a different body is refused (422).
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    static final int MAX_KEY = 200;

    private final MongoCollection<Document> keys;
    private final ObjectMapper json;

    /**
     * @param unitOfWorkDatabase the database as units of work write it: on the embedded store a key is made
     *                           durable by the commit that makes the record durable (the command's, right
     *                           after), not by a commit of its own; every commit covers all earlier writes, so
     *                           a stored record's key is always stored with it (decision 20)
     */
    public IdempotencyKeys(@Qualifier("unitOfWorkDatabase") MongoDatabase unitOfWorkDatabase, ObjectMapper json) {
        this.keys = unitOfWorkDatabase.getCollection(COLLECTION);
        this.json = json;
    }

    /** The outcome of claiming a key: the record id to use, and whether this request is the first. */
    public record Claim(String recordId, boolean first) {
    }

    /**
     * Claims {@code key} for {@code user}'s request of {@code kind} with {@code body}; a request without a
     * key always gets a fresh id from {@code newId}.
     */
    public Claim claim(String user, String key, String kind, Object body, Supplier<String> newId) {
        if (key == null) {
            return new Claim(newId.get(), true);
        }
        if (key.isBlank() || key.length() > MAX_KEY || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new RuleViolation(java.util.List.of(new FieldViolation(HEADER,
                    "must be 1 to " + MAX_KEY + " visible ASCII characters")));
        }
        String id = user + "\n" + key;
        String fingerprint = fingerprint(kind, body);
        String recordId = newId.get();
        try {
            keys.insertOne(new Document("_id", id).append("kind", kind).append("fingerprint", fingerprint)
                    .append("recordId", recordId).append("createdAt", Date.from(Instant.now())));
            return new Claim(recordId, true);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", id)).first();
        if (existing == null) {
            throw new IdempotencyConflict("A request with this Idempotency-Key failed just now; send it again");
        }
        if (!kind.equals(existing.getString("kind")) || !fingerprint.equals(existing.getString("fingerprint"))) {
            throw new IdempotencyMismatch();
        }
        return new Claim(existing.getString("recordId"), false);
    }

    /**
     * Creates a record at most once per key: the first request sends its command ({@code create} with the
     * new id); a repeat waits until that record can be read ({@code find}) and answers with it.
     */
    public <T> T createOnce(String user, String key, String kind, Object body, Supplier<String> newId,
                            java.util.function.Consumer<String> create, java.util.function.Function<String, T> find) {
        Claim claim = claim(user, key, kind, body, newId);
        if (claim.first()) {
            try {
                create.accept(claim.recordId());
            } catch (RuntimeException e) {
                release(user, key);
                throw e;
            }
            return find.apply(claim.recordId());
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            T found = find.apply(claim.recordId());
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IdempotencyConflict("The first request with this Idempotency-Key has not finished; try again later");
    }

    /** Forgets a key whose first request failed, so that the caller may correct the request and retry. */
    public void release(String user, String key) {
        if (key != null) {
            keys.deleteOne(Filters.eq("_id", user + "\n" + key));
        }
    }

    private String fingerprint(String kind, Object body) {
        try {
            byte[] bytes = (kind + "\n" + json.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    /** The key was used before for another request. Answered as 422. */
    public static class IdempotencyMismatch extends RuntimeException {
        IdempotencyMismatch() {
            super("This Idempotency-Key was already used for a different request");
        }
    }

    /** The key's first request is still running (or just failed). Answered as 409. */
    public static class IdempotencyConflict extends RuntimeException {
        public IdempotencyConflict(String message) {
            super(message);
        }
    }
}
