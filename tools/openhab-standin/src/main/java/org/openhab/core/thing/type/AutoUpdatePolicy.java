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

/**
 * Whether the framework should turn a command into a state update by itself.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public enum AutoUpdatePolicy {
    /** Never: the handler reports the state itself. */
    VETO,
    /** The framework decides. */
    DEFAULT,
    /** Always: the device does not report its state. */
    RECOMMEND,
}
