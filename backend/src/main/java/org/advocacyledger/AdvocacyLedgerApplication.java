package org.advocacyledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Advocacy Ledger: an event-sourced tracker for human-rights advocacy campaigns. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AdvocacyLedgerApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(AdvocacyLedgerApplication.class, args);
    }

    /** Axon's update checker calls home; this machine and many users' machines have no route to it. */
    public static void disableAxonUpdateChecker() {
        if (System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null
                && System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
