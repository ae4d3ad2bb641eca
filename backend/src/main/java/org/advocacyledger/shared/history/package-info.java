/** Any record's full history, read from the event store itself: every event, who recorded it, when, what changed. */
package org.advocacyledger.shared.history;
