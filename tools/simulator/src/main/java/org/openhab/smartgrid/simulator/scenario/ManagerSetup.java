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
package org.openhab.smartgrid.simulator.scenario;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * A manager with at least one load, as read through the core's parameter model (openHAB has no manager without a
 * load).
 *
 * @param kind energy or load manager
 * @param settings its manager-level values
 * @param wiring its name, meter items and signs
 * @param loads its loads, in configuration order
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record ManagerSetup(ManagerKind kind, ParameterValues settings, ParameterValues wiring, List<LoadSetup> loads) {

    public ManagerSetup {
        loads = List.copyOf(loads);
    }

    /** @return the manager's name (openHAB's {@code manager} parameter) */
    public String name() {
        return wiring.get(kind.managerName());
    }
}
