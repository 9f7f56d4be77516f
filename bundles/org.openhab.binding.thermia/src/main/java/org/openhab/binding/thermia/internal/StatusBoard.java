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

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The Thing's status, composed from what its parts report: UNKNOWN until the relays confirm a first write, OFFLINE
 * (communication error) while the relay output fails, else ONLINE; the description joins the notes of the
 * configuration (sizing warning), of the relays' read-back and of the Genesis monitoring. A status is published only
 * when it changed (every write would repeat it). Thread-safe: the parts report from their own threads.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class StatusBoard {

    private final Consumer<ThingStatusInfo> publisher;

    private @Nullable String configurationNote;
    private @Nullable String readBackNote;
    private @Nullable String genesisNote;
    private @Nullable String relayError;
    private boolean relaysConfirmed;
    private @Nullable ThingStatusInfo published;

    /** @param publisher receives each new status (the handler's updateStatus) */
    StatusBoard(Consumer<ThingStatusInfo> publisher) {
        this.publisher = publisher;
    }

    /** Starts over for a (re)initialized Thing: nothing confirmed, only the configuration's note. */
    synchronized void start(@Nullable String configurationNote) {
        this.configurationNote = configurationNote;
        readBackNote = null;
        genesisNote = null;
        relayError = null;
        relaysConfirmed = false;
        published = null;
        publish();
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

    /** @param note why the relays are not where the guards put them, null when they are */
    synchronized void readBack(@Nullable String note) {
        readBackNote = note;
        publish();
    }

    /** @param note what fails in the Genesis monitoring, null when it works */
    synchronized void genesis(@Nullable String note) {
        genesisNote = note;
        publish();
    }

    private void publish() {
        String notes = join(configurationNote, join(readBackNote, genesisNote));
        String error = relayError;
        ThingStatusInfo info;
        if (error != null) {
            info = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    join(error, readBackNote));
        } else if (relaysConfirmed) {
            info = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, notes);
        } else {
            info = new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                    join("waiting for the first relay write", notes));
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
