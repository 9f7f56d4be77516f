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

/**
 * A relay output could not drive the contacts; the message is meant for the user (Thing status, log).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class RelayOutputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    /** An output that answered but failed (refused a write, or its read-back disagrees). */
    public RelayOutputException(String message) {
        this(message, null, false);
    }

    /** An output that answered but failed (refused a write, or its read-back disagrees). */
    public RelayOutputException(String message, @Nullable Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param unreachable whether the output could not be reached at all (no connection, no answer): then it is worth
     *            trying again as soon as it answers
     */
    public RelayOutputException(String message, @Nullable Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** @return whether the output could not be reached at all (as opposed to answering with a failure) */
    public boolean isUnreachable() {
        return unreachable;
    }
}
