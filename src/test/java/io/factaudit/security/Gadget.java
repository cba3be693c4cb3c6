package io.factaudit.security;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class that JSON with polymorphic type information names ("@class"): a reader that honoured the
 * type would build one. It only counts how often it is built, which must be never.
 */
public final class Gadget {

    static final AtomicInteger BUILT = new AtomicInteger();

    private String command;

    public Gadget() {
        BUILT.incrementAndGet();
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        BUILT.incrementAndGet();
        this.command = command;
    }
}
