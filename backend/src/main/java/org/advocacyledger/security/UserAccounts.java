package org.advocacyledger.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    /**
     * A stored account. {@code sessionsValidAfter}: sessions and tokens authenticated before this instant
     * are no longer accepted (set when the account is disabled or its password changes).
     */
    public record Account(String username, String passwordHash, Set<Role> roles, String organisation, boolean enabled,
                          boolean mustChangePassword, Instant sessionsValidAfter) {
    }

    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Document d = users.find(Filters.eq("_id", username)).first();
        return Optional.ofNullable(d).map(UserAccounts::toAccount);
    }

    public List<Account> all() {
        List<Account> all = new ArrayList<>();
        for (Document d : users.find()) {
            all.add(toAccount(d));
        }
        all.sort(java.util.Comparator.comparing(Account::username));
        return all;
    }

    public boolean isEmpty() {
        return users.find().limit(1).first() == null;
    }

    /** Creates an account; fails with a duplicate-key error if the username is taken. */
    public void create(String username, String passwordHash, Set<Role> roles, String organisation, boolean mustChangePassword) {
        users.insertOne(new Document("_id", username)
                .append("passwordHash", passwordHash)
                .append("roles", roles.stream().map(Enum::name).sorted().toList())
                .append("organisation", organisation)
                .append("enabled", true)
                .append("mustChangePassword", mustChangePassword)
                .append("sessionsValidAfter", new Date(0))
                .append("createdAt", Date.from(Instant.now())));
    }

    public void create(String username, String passwordHash, Set<Role> roles, String organisation) {
        create(username, passwordHash, roles, organisation, false);
    }

    public boolean update(String username, Set<Role> roles, String organisation) {
        return set(username, Updates.combine(Updates.set("roles", roles.stream().map(Enum::name).sorted().toList()),
                Updates.set("organisation", organisation)));
    }

    /** Disabling also ends every session and token of the account at once. */
    public boolean setEnabled(String username, boolean enabled) {
        Bson update = Updates.set("enabled", enabled);
        if (!enabled) {
            update = Updates.combine(update, Updates.set("sessionsValidAfter", Date.from(Instant.now())));
        }
        return set(username, update);
    }

    /** A new password ends the account's other sessions. */
    public boolean setPassword(String username, String passwordHash, boolean mustChangePassword) {
        return set(username, Updates.combine(Updates.set("passwordHash", passwordHash),
                Updates.set("mustChangePassword", mustChangePassword),
                Updates.set("sessionsValidAfter", Date.from(Instant.now()))));
    }

    private boolean set(String username, Bson update) {
        return users.updateOne(Filters.eq("_id", username), update).getMatchedCount() == 1;
    }

    private static Account toAccount(Document d) {
        List<String> roles = d.getList("roles", String.class);
        Date validAfter = d.getDate("sessionsValidAfter");
        return new Account(d.getString("_id"), d.getString("passwordHash"),
                roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                d.getString("organisation"), d.getBoolean("enabled", true), d.getBoolean("mustChangePassword", false),
                validAfter == null ? Instant.EPOCH : validAfter.toInstant());
    }
}
