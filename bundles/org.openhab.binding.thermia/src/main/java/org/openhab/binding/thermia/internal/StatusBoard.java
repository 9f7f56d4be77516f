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
package org.openhab.binding.thermia.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The Thing's status, composed from what its parts report: UNKNOWN until the relays confirm a first write, OFFLINE
 * (communication error) while the relay output fails, else ONLINE; the description joins the notes of the parts:
 * the configuration (sizing warning), the relays' read-back, the heat pump's wiring check and the Genesis monitoring. A status is published only
 * when it changed (every write would repeat it). Thread-safe: the parts report from their own threads.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class StatusBoard {

    /** The parts that add a note to the status description, in the order the notes are joined. */
    enum Part {
        /** The configuration (the sizing warning). */
        CONFIGURATION,
        /** The relays' own read-back (the relay module's coils, the relay items). */
        RELAYS,
        /** The heat pump's read-back of its contacts (Genesis wiring check). */
        WIRING,
        /** The Genesis monitoring connection. */
        GENESIS
    }

    private final Consumer<ThingStatusInfo> publisher;
    private final Map<Part, String> notes = new EnumMap<>(Part.class);
    private @Nullable String relayError;
    private boolean relaysConfirmed;
    private @Nullable ThingStatusInfo published;

    /** @param publisher receives each new status (the handler's updateStatus) */
    StatusBoard(Consumer<ThingStatusInfo> publisher) {
        this.publisher = publisher;
    }

    /** Starts over for a (re)initialized Thing: nothing confirmed, only the configuration's note. */
    synchronized void start(@Nullable String configurationNote) {
        notes.clear();
        relayError = null;
        relaysConfirmed = false;
        published = null;
        note(Part.CONFIGURATION, configurationNote);
    }

    /** The relay output confirmed a write. */
    synchronized void relaysWritten() {
        relayError = null;
        relaysConfirmed = true;
        publish();
    }

    /** The relay output failed: the Thing is OFFLINE with the output's message until the next confirmed write. */
    synchronized void relaysFailed(String message) {
        relayError = message;
        publish();
    }

    /** @param note what a part has to say, null when it has nothing to say (any more) */
    synchronized void note(Part part, @Nullable String note) {
        if (note == null) {
            notes.remove(part);
        } else {
            notes.put(part, note);
        }
        publish();
    }

    private void publish() {
        String joined = notes.isEmpty() ? null : String.join("; ", notes.values());
        String error = relayError;
        ThingStatusInfo info;
        if (error != null) {
            info = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, error);
        } else if (relaysConfirmed) {
            info = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, joined);
        } else {
            info = new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                    join("waiting for the first relay write", joined));
        }
        if (!info.equals(published)) {
            published = info;
            publisher.accept(info);
        }
    }

    static @Nullable String join(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "; " + second;
    }
}
