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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * The current states of the items linked to a channel. openHAB offers them through its item-channel link registry
 * and its item registry ({@link ThermiaHandlerFactory} reads them there); the handler asks after a restart, to
 * confirm the requests it restored from storage. An interface of its own, so that tests give item states without
 * openHAB's registries.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface LinkedItemStates {

    /** No item is linked anywhere: nothing is ever confirmed. */
    LinkedItemStates NONE = channel -> List.of();

    /** @return the states of the existing items linked to the channel, in no particular order; empty when none is */
    List<State> of(ChannelUID channel);
}
