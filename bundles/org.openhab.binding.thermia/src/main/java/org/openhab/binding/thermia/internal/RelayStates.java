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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.types.State;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * Translates between an {@link SgMode} and the openHAB states of the two relay channels: a closed contact is
 * {@link OnOffType#ON}. The contact table itself lives in the core ({@link SgMode#sg1()}, {@link SgMode#sg2()}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class RelayStates {

    private RelayStates() {
        // static translation only
    }

    /** @return the state of channel {@code relay-sg1} (contact SG-1 / VU, Thermia 409) in {@code mode} */
    public static OnOffType sg1(SgMode mode) {
        return OnOffType.from(mode.sg1());
    }

    /** @return the state of channel {@code relay-sg2} (contact SG-2, Thermia 408) in {@code mode} */
    public static OnOffType sg2(SgMode mode) {
        return OnOffType.from(mode.sg2());
    }

    /**
     * Reads the mode back from the two contact states (e.g. the relay items, or a read-back of the heat pump).
     *
     * @param sg1 the state of contact SG-1
     * @param sg2 the state of contact SG-2
     * @return the mode those contacts select, or empty when either state is not ON/OFF (UNDEF, NULL, other types)
     */
    public static Optional<SgMode> modeFromContacts(State sg1, State sg2) {
        if (sg1 instanceof OnOffType contact1 && sg2 instanceof OnOffType contact2) {
            return Optional.of(SgMode.fromContacts(contact1 == OnOffType.ON, contact2 == OnOffType.ON));
        }
        return Optional.empty();
    }
}
