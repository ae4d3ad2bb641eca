package org.advocacyledger.shared;

/** A command that the record's current state refuses (e.g. a change to a retracted record). Answered as 409. */
public class StateConflict extends RuntimeException {
    public StateConflict(String message) {
        super(message);
    }

    public static StateConflict retracted(String kind) {
        return new StateConflict("This " + kind + " has been retracted and accepts no change");
    }
}
