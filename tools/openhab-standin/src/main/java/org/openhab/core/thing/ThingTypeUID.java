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
package org.openhab.core.thing;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Identifies a thing type: {@code bindingId:thingTypeId}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThingTypeUID extends UID {

    ThingTypeUID() {
        super();
    }

    /** @param uid {@code bindingId:thingTypeId} */
    public ThingTypeUID(String uid) {
        super(uid);
    }

    /** Creates {@code bindingId:thingTypeId}. */
    public ThingTypeUID(String bindingId, String thingTypeId) {
        super(bindingId, thingTypeId);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /** @return the thing type id (second segment) */
    public String getId() {
        return getSegment(1);
    }
}
