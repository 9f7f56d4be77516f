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
package org.openhab.binding.thermia.internal.modbus;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A Modbus request failed: the peer could not be reached, did not answer in time, or answered with a Modbus
 * exception. The message is meant for the user (it names the peer and the request).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ModbusTransportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean rejectedByPeer;

    public ModbusTransportException(String message, boolean rejectedByPeer, Throwable cause) {
        super(message, cause);
        this.rejectedByPeer = rejectedByPeer;
    }

    /**
     * @return whether the peer answered with a Modbus exception (for example an illegal address) rather than the
     *         connection failing; the connection is still good then
     */
    public boolean isRejectedByPeer() {
        return rejectedByPeer;
    }
}
