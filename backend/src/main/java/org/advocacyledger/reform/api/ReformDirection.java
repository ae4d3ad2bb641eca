package org.advocacyledger.reform.api;

/** The reform's effect on protection for asylum seekers and status holders. */
public enum ReformDirection {
    PROGRESSIVE, REGRESSIVE, NEUTRAL
}
