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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The order in which an adapter writes the two contacts when the mode changes.
 * <p>
 * Two relays are never switched at exactly the same moment, so a change of both contacts passes through one of
 * the two other modes for a moment. That passing mode must never be EVU: a lock of a few milliseconds would break
 * the minimum lock time the heat pump's maker asks for. So NORMAL and BOOST pass through COMFORT, and COMFORT and
 * EVU pass through NORMAL (the mode that asks the least of the heat pump).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ContactWriteOrder {

    private ContactWriteOrder() {
    }

    /**
     * One contact write.
     *
     * @param contact the contact to write
     * @param closed the state to write (closed is {@code true})
     */
    public record ContactWrite(SgContact contact, boolean closed) {
    }

    /**
     * @return the writes that take the contacts from {@code from} to {@code to}, in the order to perform them;
     *         empty when the modes are equal
     */
    public static List<ContactWrite> writes(SgMode from, SgMode to) {
        boolean sg1Changes = from.sg1() != to.sg1();
        boolean sg2Changes = from.sg2() != to.sg2();
        ContactWrite sg1 = new ContactWrite(SgContact.SG1, to.sg1());
        ContactWrite sg2 = new ContactWrite(SgContact.SG2, to.sg2());
        if (sg1Changes && sg2Changes) {
            // SG-1 first only when it opens: the passing mode then has SG-1 open, so it is never EVU (1/0)
            return from.sg1() ? List.of(sg1, sg2) : List.of(sg2, sg1);
        }
        if (sg1Changes) {
            return List.of(sg1);
        }
        return sg2Changes ? List.of(sg2) : List.of();
    }
}
