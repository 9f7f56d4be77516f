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
package org.openhab.automation.energymanager.internal.manager;


import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.State;

/**
 * Where the managers' status items go: in openHAB a state update on the event bus, in tests a list.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface StatusSink {

    /** Updates the item's state; called with the manager's lock held, so it must not wait for other threads. */
    void post(String item, State state);
}
