package org.advocacyledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens for scripts. The secret is shown once; only its SHA-256 is stored (as {@code _id},
 * so checking a token is one look-up). Tokens expire, can be read-only, and can be revoked.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "alt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Scope { READ_ONLY, READ_WRITE }

    /** A token as listed (never the secret). */
    public record Token(String id, String username, String name, Scope scope, Instant createdAt, Instant expiresAt,
                        Instant revokedAt) {
        public boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A token just created: its secret, shown once. */
    public record Created(Token token, String secret) {
    }

    private final MongoCollection<Document> tokens;

    ApiTokens(MongoDatabase ledgerDatabase) {
        this.tokens = ledgerDatabase.getCollection("api_tokens");
    }

    public Created create(String username, String name, Scope scope, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Token token = new Token(UUID.randomUUID().toString(), username, name, scope, now, expiresAt, null);
        tokens.insertOne(new Document("_id", hash(secret)).append("id", token.id()).append("username", username)
                .append("name", name).append("scope", scope.name()).append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt)).append("revokedAt", null));
        return new Created(token, secret);
    }

    public Optional<Token> findBySecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(tokens.find(Filters.eq("_id", hash(secret))).first()).map(ApiTokens::toToken);
    }

    public List<Token> of(String username) {
        List<Token> list = new ArrayList<>();
        for (Document d : tokens.find(Filters.eq("username", username))) {
            list.add(toToken(d));
        }
        list.sort(java.util.Comparator.comparing(Token::createdAt).reversed());
        return list;
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    public boolean revoke(String username, String id) {
        return tokens.updateOne(Filters.and(Filters.eq("username", username), Filters.eq("id", id), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", Date.from(Instant.now()))).getMatchedCount() == 1;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token toToken(Document d) {
        Date revoked = d.getDate("revokedAt");
        return new Token(d.getString("id"), d.getString("username"), d.getString("name"), Scope.valueOf(d.getString("scope")),
                d.getDate("createdAt").toInstant(), d.getDate("expiresAt").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
