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
package org.openhab.binding.thermia.internal.relay;

import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.OnOffType;
import org.openhab.smartgrid.core.mode.ContactWriteOrder;
import org.openhab.smartgrid.core.mode.ContactWriteOrder.ContactWrite;
import org.openhab.smartgrid.core.mode.SgContact;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Drives the contacts through the Switch channels {@code relay-sg1} and {@code relay-sg2}; the user links them to
 * any relay item (KNX, Shelly, Modbus, GPIO ...) with the {@code system:follow} profile.
 * <p>
 * The channels are updated one after the other in {@link ContactWriteOrder}, so the relay items never pass
 * through EVU on the way between two other modes. A channel update cannot fail, so neither can this output; it
 * cannot verify either (that is what the Genesis read-back is for).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelRelayOutput implements RelayOutput {

    /** Receives one channel update: the channel id and the contact state (ON is closed). */
    @FunctionalInterface
    public interface ChannelUpdater {
        void update(String channelId, OnOffType state);
    }

    private final ChannelUpdater updater;
    private @Nullable SgMode written;

    /** @param updater receives the relay channel updates, in the order to apply them */
    public ChannelRelayOutput(ChannelUpdater updater) {
        this.updater = updater;
    }

    @Override
    public void write(SgMode mode) {
        SgMode from = written;
        // unknown previous state: write both channels, in the order that is safe from the opposite contacts
        List<ContactWrite> writes = ContactWriteOrder
                .writes(from == null ? SgMode.fromContacts(!mode.sg1(), !mode.sg2()) : from, mode);
        for (ContactWrite write : writes) {
            updater.update(write.contact() == SgContact.SG1 ? CHANNEL_RELAY_SG1 : CHANNEL_RELAY_SG2,
                    OnOffType.from(write.closed()));
        }
        written = mode;
    }

    /** @return the mode last written, null before the first write */
    public @Nullable SgMode written() {
        return written;
    }

    /** @return false: a channel update only posts an event */
    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public void close() {
        written = null;
    }
}
