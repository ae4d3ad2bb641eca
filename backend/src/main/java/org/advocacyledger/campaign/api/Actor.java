package org.advocacyledger.campaign.api;

/**
 * Who sends a campaign command, as the server established it (never taken from the request body):
 * their organisation (or null) and whether they are an administrator.
 */
public record Actor(String organisation, boolean administrator) {
}
