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
 * Drives the contacts through the Switch channels {@code relay-sg1} and {@code relay-sg2} by <em>commands</em>: the
 * user links each channel to any relay item (KNX, Shelly, Modbus, GPIO ...) with the {@code system:follow} profile,
 * which sends a handler's command on to the item, whose own binding then switches the relay. (A handler's state
 * update goes nowhere through that profile.)
 * <p>
 * The commands go out one after the other in {@link ContactWriteOrder}, so the relay items never pass through EVU on
 * the way between two other modes. Sending a command cannot fail, so neither can this output. What the relay items
 * report back (the follow profile turns each state update of the item into a command to this channel) is their
 * read-back: {@link #readBack} compares it with the last command of that contact; it is never a new wish.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelRelayOutput implements RelayOutput {

    /** Sends one command to a relay channel: the channel id and the contact state (ON is closed). */
    @FunctionalInterface
    public interface ChannelCommander {
        void command(String channelId, OnOffType command);
    }

    /** What a relay item reported back, compared with what this output last commanded on that contact. */
    public record ReadBack(SgContact contact, boolean closed, @Nullable Boolean commanded) {

        /** @return whether the item reports the position it was last commanded to (false before any command) */
        public boolean matches() {
            Boolean last = commanded;
            return last != null && last == closed;
        }
    }

    private final ChannelCommander commander;
    private @Nullable SgMode written;

    /** @param commander receives the relay channel commands, in the order to send them */
    public ChannelRelayOutput(ChannelCommander commander) {
        this.commander = commander;
    }

    /** @return the channel that drives the contact */
    public static String channelOf(SgContact contact) {
        return contact == SgContact.SG1 ? CHANNEL_RELAY_SG1 : CHANNEL_RELAY_SG2;
    }

    /** @return the contact that the channel drives, null for any other channel */
    public static @Nullable SgContact contactOf(String channelId) {
        return switch (channelId) {
            case CHANNEL_RELAY_SG1 -> SgContact.SG1;
            case CHANNEL_RELAY_SG2 -> SgContact.SG2;
            default -> null;
        };
    }

    @Override
    public synchronized void write(SgMode mode) {
        SgMode from = written;
        // unknown previous state (first write, after a restart): command both, in the order safe from the opposite
        List<ContactWrite> writes = ContactWriteOrder
                .writes(from == null ? SgMode.fromContacts(!mode.sg1(), !mode.sg2()) : from, mode);
        for (ContactWrite write : writes) {
            commander.command(channelOf(write.contact()), OnOffType.from(write.closed()));
        }
        written = mode;
    }

    /**
     * Commands one contact again to where the last write put it (for a relay item linked after that write); nothing
     * before the first write.
     *
     * @param contact the contact whose channel was linked
     */
    public synchronized void commandAgain(SgContact contact) {
        SgMode last = written;
        if (last != null) {
            commander.command(channelOf(contact), OnOffType.from(contact.isClosedIn(last)));
        }
    }

    /**
     * Takes a relay item's reported position (the follow profile's echo) as the read-back of its contact.
     *
     * @param contact the contact whose item reported
     * @param closed the reported position (ON is closed)
     * @return the report beside the last command of that contact
     */
    public synchronized ReadBack readBack(SgContact contact, boolean closed) {
        SgMode last = written;
        return new ReadBack(contact, closed, last == null ? null : contact.isClosedIn(last));
    }

    /** @return the mode last commanded, null before the first write */
    public synchronized @Nullable SgMode written() {
        return written;
    }

    /** Forgets the last write: the next one commands both contacts. */
    @Override
    public synchronized void invalidate() {
        written = null;
    }

    /** @return false: a command only posts an event */
    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public synchronized void close() {
        written = null;
    }
}
