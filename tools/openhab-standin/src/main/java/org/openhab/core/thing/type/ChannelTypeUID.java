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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.UID;

/**
 * Identifies a channel type: {@code bindingId:channelTypeId}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelTypeUID extends UID {

    ChannelTypeUID() {
        super();
    }

    /** @param channelUid {@code bindingId:channelTypeId} */
    public ChannelTypeUID(String channelUid) {
        super(channelUid);
    }

    /** Creates {@code bindingId:id}. */
    public ChannelTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /** @return the channel type id (second segment) */
    public String getId() {
        return getSegment(1);
    }
}
