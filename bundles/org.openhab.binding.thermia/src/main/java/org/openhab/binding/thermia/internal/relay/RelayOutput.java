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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Drives the two SG-Ready contacts.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface RelayOutput extends AutoCloseable {

    /**
     * Drives both contacts to the mode's states (in ContactWriteOrder), verifies where the output can, and returns
     * only when both are in place.
     *
     * @throws RelayOutputException with a user-readable message; the output may be half-written then, and the
     *             caller re-drives the last approved mode later.
     */
    void write(SgMode mode) throws RelayOutputException;

    /**
     * Reads back where the contacts are now, from the output itself (a relay module's coils). Only outputs that can
     * read back answer; the others return null.
     *
     * @return the mode the contacts select now, null when this output cannot read back
     * @throws RelayOutputException when reading fails
     */
    default @Nullable SgMode read() throws RelayOutputException {
        return null;
    }

    /** @return whether {@link #read} reads the contacts back */
    default boolean readsBack() {
        return false;
    }

    /**
     * The contacts may not be where the last write put them (a read-back disagrees): the next {@link #write} drives
     * both again, in the safe order.
     */
    default void invalidate() {
    }

    /**
     * @return whether {@link #write} may wait on the network (up to a request timeout per coil); the handler then
     *         runs it on its scheduler, never on the thread that delivers a command
     */
    default boolean blocking() {
        return true;
    }

    @Override
    void close();
}
