package org.advocacyledger.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * User accounts, kept in the {@code users} collection keyed by username. Accounts hold password hashes,
 * so they are deliberately not event-sourced: an event can never be erased, a hash must be replaceable.
 */
@Component
public class UserAccounts {

    static final String COLLECTION = "users";

    private final MongoCollection<Document> users;

    UserAccounts(MongoDatabase ledgerDatabase) {
        this.users = ledgerDatabase.getCollection(COLLECTION);
    }

    /** A stored account (the hash never leaves the security package's authentication). */
    public record Account(String username, String passwordHash, Set<Role> roles, String organisation, boolean enabled) {
    }

    public Optional<Account> find(String username) {
        Document d = users.find(Filters.eq("_id", username)).first();
        return Optional.ofNullable(d).map(UserAccounts::toAccount);
    }

    public boolean isEmpty() {
        return users.find().limit(1).first() == null;
    }

    /** Creates an account; fails with a duplicate-key error if the username is taken. */
    public void create(String username, String passwordHash, Set<Role> roles, String organisation) {
        users.insertOne(new Document("_id", username)
                .append("passwordHash", passwordHash)
                .append("roles", roles.stream().map(Enum::name).sorted().toList())
                .append("organisation", organisation)
                .append("enabled", true)
                .append("createdAt", Date.from(Instant.now())));
    }

    private static Account toAccount(Document d) {
        List<String> roles = d.getList("roles", String.class);
        return new Account(d.getString("_id"), d.getString("passwordHash"),
                roles.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                d.getString("organisation"), d.getBoolean("enabled", true));
    }
}
