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
package org.openhab.smartgrid.core.energy;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;

/**
 * What one step of the energy manager decided.
 *
 * @param at the step instant
 * @param commands one command per load, in the configured order
 * @param meter the state of the grid reading the step used
 * @param balance the surplus arithmetic the step used (zeros when the meter is not fresh)
 * @param nextWakeUp the earliest {@link LoadCommand#nextChange()} of all loads: step again then even without a
 *            new sample; null when only new input can change anything
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record EnergyManagerResult(Instant at, List<LoadCommand> commands, MeterStatus meter, SurplusBalance balance,
        @Nullable Instant nextWakeUp) {

    public EnergyManagerResult {
        commands = List.copyOf(commands);
    }

    /** @return W available to start loads on at this step (see {@link SurplusBalance#surplus()}) */
    public double surplus() {
        return balance.surplus();
    }

    /**
     * @return the command for the named load
     * @throws IllegalArgumentException when no load has that name
     */
    public LoadCommand command(String load) {
        for (LoadCommand command : commands) {
            if (command.load().equals(load)) {
                return command;
            }
        }
        throw new IllegalArgumentException("unknown load '" + load + "'");
    }
}
