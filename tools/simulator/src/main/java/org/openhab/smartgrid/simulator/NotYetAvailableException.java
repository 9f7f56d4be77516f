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
package org.openhab.smartgrid.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A part of the simulator that is not available in this build yet (the core engine adapter, the trace reader).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class NotYetAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotYetAvailableException(String message) {
        super(message);
    }
}
