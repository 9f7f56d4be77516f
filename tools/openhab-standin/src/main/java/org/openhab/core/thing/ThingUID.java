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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Identifies a thing: {@code bindingId:thingTypeId[:bridgeIds...]:id}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ThingUID extends UID {

    ThingUID() {
        super();
    }

    /** Creates {@code bindingId:thingTypeId:id}. */
    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    /** Creates the UID of a thing reached through the bridge {@code bridgeUID}. */
    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(withBridge(thingTypeUID.getBindingId(), thingTypeUID.getId(), bridgeUID, id));
    }

    /** Creates {@code bindingId::id} (a thing without thing type segment). */
    public ThingUID(String bindingId, String id) {
        super(bindingId, "", id);
    }

    /** Creates {@code bindingId:thingTypeId:id}. */
    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    /** @param thingUID the segments joined by {@code :} */
    public ThingUID(String thingUID) {
        super(thingUID);
    }

    /** @param segments all segments */
    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> withBridge(String bindingId, String thingTypeId, ThingUID bridgeUID, String id) {
        List<String> segments = new ArrayList<>();
        segments.add(bindingId);
        segments.add(thingTypeId);
        segments.addAll(bridgeUID.getBridgeIds());
        segments.add(bridgeUID.getId());
        segments.add(id);
        return segments;
    }

    /** @return the ids of the bridges between the thing type and the id */
    public List<String> getBridgeIds() {
        List<String> segments = getAllSegments();
        return segments.subList(2, segments.size() - 1);
    }

    /** @return the thing's own id (last segment) */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
