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
package org.openhab.smartgrid.simulator.model;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.Reason;

/**
 * One line of {@code events.csv}: a decision, deferral or override of the engine.
 *
 * @param time when it happened
 * @param component who decided: {@code arbiter}, {@code guard}, {@code energy-manager}, {@code load-manager}, ...
 * @param kind decision, deferral or override
 * @param reason the engine's reason code
 * @param detail the arithmetic behind it, e.g. {@code "surplus 3400 W >= switch-on 3000 W"}
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EngineEvent(Instant time, String component, EventKind kind, Reason reason, String detail) {

    /** @return the {@code event} column: kind and reason, e.g. {@code deferral:LOCK_HOLD} */
    public String eventLabel() {
        return kind.label() + ":" + reason.name();
    }
}
