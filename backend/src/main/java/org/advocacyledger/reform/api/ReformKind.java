package org.advocacyledger.reform.api;

/** What kind of rule a reform changes. */
public enum ReformKind {
    LAW, REGULATION, POLICY, COURT_PRACTICE
}
