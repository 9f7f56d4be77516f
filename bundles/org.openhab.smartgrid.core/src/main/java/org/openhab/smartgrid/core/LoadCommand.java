/**
 * Copyright (c) 2026 Contributors to the Smart Grid add-ons for openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.smartgrid.core;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a manager tells one load after a step: switch it on or off, why, and when the next change could come.
 * <p>
 * For the energy manager {@code on} means "run the load"; for the load manager it means "shed the load" (the
 * rule's output item is commanded ON to shed), as the automation add-on documents.
 * <p>
 * The detail text is written only when someone reads it: a manager steps at every meter sample (a simulator
 * replay of a year steps 31 million times), while the text is logged or shown only when a decision changes.
 * Two commands are equal when all five parts are, the detail text included.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class LoadCommand {

    private final String load;
    private final boolean on;
    private final Reason reason;
    private final @Nullable Instant nextChange;
    private final @Nullable Supplier<String> detailWriter;
    /** Written once; a racing reader writes the same text again (a String is safe to share without a lock). */
    private @Nullable String detail;

    /**
     * @param load the load's name
     * @param on the wanted output state
     * @param reason why the output is what it is
     * @param nextChange the earliest instant the output could change without new input, or null when only new
     *            input can change it
     * @param detail the arithmetic behind the decision, for logs and the simulator timeline
     *            (e.g. {@code "surplus 3400 W >= switch-on 3000 W"})
     */
    public LoadCommand(String load, boolean on, Reason reason, @Nullable Instant nextChange, String detail) {
        this(load, on, reason, nextChange, detail, null);
    }

    /**
     * A command whose detail text is written on first use.
     *
     * @param detail writes the text; it must capture values, not state that changes after the step
     */
    public LoadCommand(String load, boolean on, Reason reason, @Nullable Instant nextChange, Supplier<String> detail) {
        this(load, on, reason, nextChange, null, detail);
    }

    private LoadCommand(String load, boolean on, Reason reason, @Nullable Instant nextChange, @Nullable String detail,
            @Nullable Supplier<String> detailWriter) {
        this.load = load;
        this.on = on;
        this.reason = reason;
        this.nextChange = nextChange;
        this.detail = detail;
        this.detailWriter = detailWriter;
    }

    /** @return the load's name */
    public String load() {
        return load;
    }

    /** @return the wanted output state */
    public boolean on() {
        return on;
    }

    /** @return why the output is what it is */
    public Reason reason() {
        return reason;
    }

    /** @return the earliest instant the output could change without new input, or null when only new input can */
    public @Nullable Instant nextChange() {
        return nextChange;
    }

    /** @return the arithmetic behind the decision, for logs and the simulator timeline */
    public String detail() {
        String text = detail;
        if (text == null) {
            Supplier<String> writer = detailWriter;
            text = writer == null ? "" : writer.get();
            detail = text;
        }
        return text;
    }

    /** @return a command for the same load with the output read the other way round (shed = does not run) */
    public LoadCommand inverted() {
        return new LoadCommand(load, !on, reason, nextChange, detail, detailWriter);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadCommand that && on == that.on && load.equals(that.load)
                && reason == that.reason && Objects.equals(nextChange, that.nextChange)
                && detail().equals(that.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(load, on, reason, nextChange, detail());
    }

    @Override
    public String toString() {
        return "LoadCommand[load=" + load + ", on=" + on + ", reason=" + reason + ", nextChange=" + nextChange
                + ", detail=" + detail() + "]";
    }
}
