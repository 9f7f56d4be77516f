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
package org.openhab.smartgrid.core.mode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.TimeText;

/**
 * Checks that the mode the relays were commanded to actually reached the contacts, from what is read back: the heat
 * pump's Smart Grid status register and/or its two SG-Ready inputs, the relay module's coils, or what the relay items
 * report.
 * <p>
 * The heat pump takes a while to take over a new mode, so a disagreement only counts as a mismatch once it has lasted
 * the grace time (default 120 s). It counts from the command when no read-back has confirmed the command yet, and
 * otherwise from the first read-back that disagreed. A mismatch asks for one warning per episode: when it starts.
 * The episode ends when the read-backs agree again (that is reported once too) or when a new command is given.
 * <p>
 * A mismatch is there to be corrected: when it starts, the verdict asks to drive the relays again, at most
 * {@code maxRedrives} times in a row for the same commanded mode. A new mode starts the count over, and so do
 * read-backs that agreed for at least the grace time before disagreeing again (the relays followed for a while: a
 * new fall-back is a new fault). A read-back that agrees only for a moment does not: openHAB's auto-update echoes
 * every command at once, before the relay's own binding reports where the relay really is. Driving the same mode
 * again is a new command for this check, so a relay that still does not follow is caught again after the grace
 * time; after the last allowed attempt the mismatch is only reported.
 * <p>
 * Only read-backs taken at or after the command say anything about it; older ones are ignored. Of several
 * read-backs from one source the latest counts. The class reads no clock: the caller passes "now". It keeps the
 * episode state of one read-back path; use one instance per path and heat pump.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class WiringCheck {

    /** Long enough for a Genesis to take over a new mode and report it, short enough to catch a loose wire soon. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(120);

    /** Where a read-back comes from. */
    public enum Source {
        /** Thermia input register 82, the Smart Grid status. */
        STATUS_REGISTER("Smart Grid status (register 82)"),
        /** Thermia discrete inputs 201/204: the contacts as the heat pump sees them. */
        CONTACT_INPUTS("SG inputs (201/204)"),
        /** The coils of a Modbus relay module, read back from the module. */
        RELAY_MODULE("relay module coils"),
        /** What the relay items report (their bindings' feedback, or openHAB's auto-update). */
        RELAY_ITEMS("relay items");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** @return a short description for messages */
        public String label() {
            return label;
        }
    }

    /**
     * What one source reported.
     *
     * @param seen the mode it reports, {@code null} when it reports no SG-Ready mode at all
     * @param readAt when it was read
     */
    public record ReadBack(Source source, @Nullable SgMode seen, Instant readAt) {
    }

    /** The outcome of one check. */
    public enum Status {
        /** Every read-back since the command shows the commanded mode. */
        OK,
        /** No read-back was taken since the command yet. */
        NO_READBACK,
        /** A read-back disagrees, but not yet for the grace time. */
        SETTLING,
        /** A read-back has disagreed for at least the grace time. */
        MISMATCH
    }

    /** What the caller should log now. */
    public enum Event {
        /** Nothing new. */
        NONE,
        /** A mismatch episode starts: warn once. */
        MISMATCH_STARTED,
        /** The reported mismatch is over: the read-backs agree again. */
        MISMATCH_CLEARED
    }

    /**
     * @param status the outcome
     * @param detail for the user, e.g. "expected EVU, seen NORMAL on Smart Grid status (register 82)"
     * @param recheckAt when the status changes without a new read-back (end of the grace time), or {@code null} when
     *            only a new read-back can change it
     * @param event what to log now
     * @param redrive whether to drive the relays to the commanded mode again now
     */
    public record Verdict(Status status, String detail, @Nullable Instant recheckAt, Event event, boolean redrive) {

        Verdict(Status status, String detail, @Nullable Instant recheckAt, Event event) {
            this(status, detail, recheckAt, event, false);
        }
    }

    private enum Episode {
        AGREEING,
        DISAGREEING,
        REPORTED
    }

    private final Duration grace;
    private final int maxRedrives;
    private final ZoneId zone;
    private int redrives;
    private @Nullable Instant agreeSince;
    private @Nullable SgMode trackedMode;
    private @Nullable Instant trackedSince;
    private Episode episode = Episode.AGREEING;
    private boolean confirmedSinceCommand;
    private @Nullable Instant disagreeSince;

    /** The attempts to drive the relays again for one mismatch, by default. */
    public static final int DEFAULT_MAX_REDRIVES = 3;

    /** A check with {@link #DEFAULT_GRACE} and {@link #DEFAULT_MAX_REDRIVES}. */
    public WiringCheck(ZoneId zone) {
        this(DEFAULT_GRACE, zone);
    }

    /** A check with {@link #DEFAULT_MAX_REDRIVES}. */
    public WiringCheck(Duration grace, ZoneId zone) {
        this(grace, DEFAULT_MAX_REDRIVES, zone);
    }

    /**
     * @param grace how long a disagreement may last before it is a mismatch
     * @param maxRedrives how often in a row a mismatch of one commanded mode asks to drive the relays again
     * @param zone the user's time zone: the verdicts' times are local ({@link TimeText})
     * @throws IllegalArgumentException when the grace time is negative or longer than one hour, or maxRedrives is
     *             negative
     */
    public WiringCheck(Duration grace, int maxRedrives, ZoneId zone) {
        if (grace.isNegative() || grace.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("wiring check grace must be between 0 s and 3600 s, was " + grace);
        }
        if (maxRedrives < 0) {
            throw new IllegalArgumentException("maxRedrives must be at least 0, was " + maxRedrives);
        }
        this.grace = grace;
        this.maxRedrives = maxRedrives;
        this.zone = zone;
    }

    /** @return how long a disagreement may last before it is a mismatch */
    public Duration grace() {
        return grace;
    }

    /**
     * Checks the latest read-backs against the commanded mode.
     *
     * @param commanded the mode the relays were last commanded to (and confirmed written)
     * @param commandedSince when that command was written
     * @param readBacks the read-backs available now (older ones are ignored)
     * @param now the current instant
     */
    public Verdict check(SgMode commanded, Instant commandedSince, List<ReadBack> readBacks, Instant now) {
        if (commanded != trackedMode || !commandedSince.equals(trackedSince)) {
            // a new command ends any episode of the previous one; a new mode also the count of attempts
            if (commanded != trackedMode) {
                redrives = 0;
            }
            agreeSince = null;
            trackedMode = commanded;
            trackedSince = commandedSince;
            episode = Episode.AGREEING;
            confirmedSinceCommand = false;
            disagreeSince = null;
        }
        Map<Source, ReadBack> latest = latestSince(readBacks, commandedSince);
        if (latest.isEmpty()) {
            return new Verdict(Status.NO_READBACK, "expected " + commanded + ", no read-back since the command at "
                    + TimeText.time(commandedSince, now, zone), null, Event.NONE);
        }
        List<ReadBack> disagreeing = latest.values().stream().filter(r -> r.seen() != commanded).toList();
        if (disagreeing.isEmpty()) {
            Event event = episode == Episode.REPORTED ? Event.MISMATCH_CLEARED : Event.NONE;
            episode = Episode.AGREEING;
            confirmedSinceCommand = true;
            disagreeSince = null;
            if (agreeSince == null) {
                agreeSince = latest(latest.values());
            }
            return new Verdict(Status.OK, commanded + " confirmed by " + labels(latest.values()), null, event);
        }
        Instant agreed = agreeSince;
        if (agreed != null && !earliest(disagreeing).isBefore(agreed.plus(grace))) {
            // the relays followed for a while: this is a new fault, with attempts of its own
            redrives = 0;
        }
        agreeSince = null;
        Instant since = disagreeSince;
        if (since == null) {
            // before any confirmation the heat pump is still taking over the command; after one, a change is new
            since = confirmedSinceCommand ? earliest(disagreeing) : commandedSince;
            disagreeSince = since;
            episode = Episode.DISAGREEING;
        }
        String detail = "expected " + commanded + ", seen " + seen(disagreeing);
        Instant deadline = since.plus(grace);
        if (now.isBefore(deadline)) {
            return new Verdict(Status.SETTLING, detail + " since " + TimeText.time(since, now, zone) + " (grace until "
                    + TimeText.time(deadline, now, zone) + ")",
                    deadline, Event.NONE);
        }
        Event event = episode == Episode.REPORTED ? Event.NONE : Event.MISMATCH_STARTED;
        episode = Episode.REPORTED;
        boolean redrive = event == Event.MISMATCH_STARTED && redrives < maxRedrives;
        String attempts = "";
        if (redrive) {
            redrives++;
            attempts = "; driving the relays again (" + redrives + " of " + maxRedrives + ")";
        } else if (redrives > 0) {
            attempts = "; driven again " + redrives + " times without success";
        }
        return new Verdict(Status.MISMATCH, detail + " since " + TimeText.time(since, now, zone) + attempts, null, event,
                redrive);
    }

    private static Map<Source, ReadBack> latestSince(List<ReadBack> readBacks, Instant commandedSince) {
        Map<Source, ReadBack> latest = new EnumMap<>(Source.class);
        for (ReadBack readBack : readBacks) {
            if (readBack.readAt().isBefore(commandedSince)) {
                continue;
            }
            ReadBack known = latest.get(readBack.source());
            if (known == null || readBack.readAt().isAfter(known.readAt())) {
                latest.put(readBack.source(), readBack);
            }
        }
        return latest;
    }

    private static Instant latest(Collection<ReadBack> readBacks) {
        Instant latest = Instant.MIN;
        for (ReadBack readBack : readBacks) {
            if (readBack.readAt().isAfter(latest)) {
                latest = readBack.readAt();
            }
        }
        return latest;
    }

    private static Instant earliest(List<ReadBack> readBacks) {
        Instant earliest = readBacks.get(0).readAt();
        for (ReadBack readBack : readBacks) {
            if (readBack.readAt().isBefore(earliest)) {
                earliest = readBack.readAt();
            }
        }
        return earliest;
    }

    private static String seen(List<ReadBack> disagreeing) {
        return disagreeing.stream().map(r -> {
            SgMode seen = r.seen();
            return (seen == null ? "no SG-Ready mode" : seen.name()) + " on " + r.source().label();
        }).collect(Collectors.joining(" and "));
    }

    private static String labels(Collection<ReadBack> readBacks) {
        return readBacks.stream().map(r -> r.source().label()).collect(Collectors.joining(" and "));
    }
}
