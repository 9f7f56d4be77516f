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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Identifies a channel: the thing's UID plus the channel id ({@code group#id} for a channel in a group).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelUID extends UID {

    private static final String GROUP_SEPARATOR = "#";
    private static final String LAST_SEGMENT_PATTERN = "[\\w-]*|[\\w-]*#[\\w-]*";

    ChannelUID() {
        super();
    }

    /** @param channelUid the segments joined by {@code :} */
    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    /** Creates the UID of channel {@code id} of the thing {@code thingUID}. */
    public ChannelUID(ThingUID thingUID, String id) {
        super(segments(thingUID, null, id));
    }

    /** Creates the UID of channel {@code id} in group {@code groupId} of the thing {@code thingUID}. */
    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(segments(thingUID, groupId, id));
    }

    private static List<String> segments(ThingUID thingUID, @Nullable String groupId, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(groupId == null ? id : groupId + GROUP_SEPARATOR + id);
        return segments;
    }

    /** @return the channel id, with its group prefix when it is in a group */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    /** @return the channel id without group prefix */
    public String getIdWithoutGroup() {
        String id = getId();
        return isInGroup() ? id.substring(id.indexOf(GROUP_SEPARATOR) + 1) : id;
    }

    /** @return whether the channel is in a channel group */
    public boolean isInGroup() {
        return getId().contains(GROUP_SEPARATOR);
    }

    /** @return the group id, or {@code null} when the channel is in no group */
    public @Nullable String getGroupId() {
        String id = getId();
        return isInGroup() ? id.substring(0, id.indexOf(GROUP_SEPARATOR)) : null;
    }

    /** @return the UID of the thing this channel belongs to */
    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(String[]::new));
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!segment.matches(LAST_SEGMENT_PATTERN)) {
            throw new IllegalArgumentException(
                    "Channel id '" + segment + "' contains invalid characters; it must match " + LAST_SEGMENT_PATTERN);
        }
    }
}
