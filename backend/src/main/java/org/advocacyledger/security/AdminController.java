package org.advocacyledger.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.servlet.http.HttpServletRequest;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administration of organisations, users and security settings. Administrators only. */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    private static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{1,39}";

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SecurityLog securityLog;
    private final SecuritySettings settings;
    private final SessionRegistry sessions;

    AdminController(UserAccounts accounts, Organisations organisations, PasswordEncoder encoder, PasswordPolicy policy,
                    SecurityLog securityLog, SecuritySettings settings, SessionRegistry sessions) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.policy = policy;
        this.securityLog = securityLog;
        this.settings = settings;
        this.sessions = sessions;
    }

    record OrganisationRequest(String id, String name) {
    }

    record UserRequest(String username, String password, List<Role> roles, String organisation, Boolean mustChangePassword) {
    }

    record UserChangeRequest(List<Role> roles, String organisation) {
    }

    record UserView(String username, List<String> roles, String organisation, boolean enabled, boolean mustChangePassword) {
        static UserView of(UserAccounts.Account a) {
            return new UserView(a.username(), a.roles().stream().map(Enum::name).sorted().toList(), a.organisation(),
                    a.enabled(), a.mustChangePassword());
        }
    }

    record TemporaryPassword(String username, String temporaryPassword) {
    }

    record Settings(boolean basicAuthEnabled) {
    }

    @GetMapping("/organisations")
    List<Organisations.Organisation> organisations() {
        return organisations.all();
    }

    @PostMapping("/organisations")
    ResponseEntity<Organisations.Organisation> createOrganisation(@RequestBody OrganisationRequest body, Authentication admin,
                                                                  HttpServletRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        if (body.id() == null || !body.id().matches(ORGANISATION_ID)) {
            problems.add(new FieldViolation("id", "must be 2-40 lower-case letters, digits or dashes"));
        }
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            problems.add(new FieldViolation("name", "must not be blank and at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        try {
            organisations.create(body.id(), body.name().strip());
        } catch (MongoWriteException e) {
            throw duplicate(e, "An organisation with this id exists");
        }
        securityLog.record(SecurityLog.Kind.ORGANISATION_CREATED, admin.getName(), ClientAddress.of(request), body.id());
        return ResponseEntity.created(URI.create("/api/admin/organisations/" + body.id()))
                .body(new Organisations.Organisation(body.id(), body.name().strip()));
    }

    @GetMapping("/users")
    List<UserView> users() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    ResponseEntity<UserView> createUser(@RequestBody UserRequest body, Authentication admin, HttpServletRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        if (body.username() == null || !body.username().matches(USERNAME)) {
            problems.add(new FieldViolation("username", "must be 2-64 letters, digits, dots, dashes or underscores"));
        }
        policy.problem(body.username(), body.password()).ifPresent(p -> problems.add(new FieldViolation("password", p)));
        checkRolesAndOrganisation(body.roles(), body.organisation(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        boolean mustChange = body.mustChangePassword() == null || body.mustChangePassword();
        try {
            accounts.create(body.username(), encoder.encode(body.password()), Set.copyOf(body.roles()), body.organisation(), mustChange);
        } catch (MongoWriteException e) {
            throw duplicate(e, "A user with this username exists");
        }
        securityLog.record(SecurityLog.Kind.USER_CREATED, admin.getName(), ClientAddress.of(request),
                body.username() + " roles=" + body.roles() + " organisation=" + body.organisation());
        return ResponseEntity.created(URI.create("/api/admin/users/" + body.username()))
                .body(UserView.of(accounts.find(body.username()).orElseThrow()));
    }

    @PutMapping("/users/{username}")
    UserView changeUser(@PathVariable String username, @RequestBody UserChangeRequest body, Authentication admin,
                        HttpServletRequest request) {
        List<FieldViolation> problems = new ArrayList<>();
        checkRolesAndOrganisation(body.roles(), body.organisation(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (!accounts.update(username, Set.copyOf(body.roles()), body.organisation())) {
            throw new NotFound("user", username);
        }
        securityLog.record(SecurityLog.Kind.USER_CHANGED, admin.getName(), ClientAddress.of(request),
                username + " roles=" + body.roles() + " organisation=" + body.organisation());
        return UserView.of(accounts.find(username).orElseThrow());
    }

    @PostMapping("/users/{username}/disable")
    UserView disable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        if (username.equals(admin.getName())) {
            throw RuleViolation.of("username", "you cannot disable your own account");
        }
        if (!accounts.setEnabled(username, false)) {
            throw new NotFound("user", username);
        }
        endSessionsOf(username);
        securityLog.record(SecurityLog.Kind.USER_DISABLED, admin.getName(), ClientAddress.of(request), username);
        return UserView.of(accounts.find(username).orElseThrow());
    }

    @PostMapping("/users/{username}/enable")
    UserView enable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        if (!accounts.setEnabled(username, true)) {
            throw new NotFound("user", username);
        }
        securityLog.record(SecurityLog.Kind.USER_ENABLED, admin.getName(), ClientAddress.of(request), username);
        return UserView.of(accounts.find(username).orElseThrow());
    }

    /** Sets a generated temporary password, shown once; the user must change it at the next sign-in. */
    @PostMapping("/users/{username}/password-reset")
    TemporaryPassword resetPassword(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        String temporary = AdministratorBootstrap.generate(20);
        if (!accounts.setPassword(username, encoder.encode(temporary), true)) {
            throw new NotFound("user", username);
        }
        endSessionsOf(username);
        securityLog.record(SecurityLog.Kind.PASSWORD_RESET, admin.getName(), ClientAddress.of(request), username);
        return new TemporaryPassword(username, temporary);
    }

    @GetMapping("/settings")
    Settings settings() {
        return new Settings(settings.basicAuthEnabled());
    }

    @PutMapping("/settings")
    Settings changeSettings(@RequestBody Settings body, Authentication admin, HttpServletRequest request) {
        settings.setBasicAuthEnabled(body.basicAuthEnabled());
        securityLog.record(SecurityLog.Kind.SETTING_CHANGED, admin.getName(), ClientAddress.of(request),
                "basicAuthEnabled=" + body.basicAuthEnabled());
        return settings();
    }

    private void checkRolesAndOrganisation(List<Role> roles, String organisation, List<FieldViolation> problems) {
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            problems.add(new FieldViolation("roles", "name at least one role: ADMIN, COORDINATOR, PARTNER, EVALUATOR"));
        }
        if (organisation != null && !organisations.exists(organisation)) {
            problems.add(new FieldViolation("organisation", "is not a known organisation"));
        }
    }

    private void endSessionsOf(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof LedgerUser user && user.getUsername().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(org.springframework.security.core.session.SessionInformation::expireNow);
            }
        }
    }

    private static ResponseStatusException duplicate(MongoWriteException e, String message) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
            return new ResponseStatusException(HttpStatus.CONFLICT, message);
        }
        throw e;
    }
}
