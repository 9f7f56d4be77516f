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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.simulator.scenario.LoadSetup;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * Which managed loads run during a replay, by index of the configuration's load names, and the power drawn by those
 * the simulator switches by a relay of their own.
 * <p>
 * The engine's commands are applied at every sample of a replay that can have millions, so the state is kept in
 * arrays indexed once at the start rather than in maps keyed by name. The engine lists its commands in configuration
 * order, so a command's position is tried first as its load's index.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ManagedLoads {

    private final String[] names;
    private final boolean[] runs;
    /** The relay loads' indexes, in the order of {@link Simulation#relayLoads}, and their power (W). */
    private final int[] relays;
    private final double[] relayWatts;
    /**
     * The commands applied last: the engine hands out the same unmodifiable list while no load switches, and
     * applying it again would change nothing.
     */
    private @Nullable List<LoadCommand> applied;
    /** The power of the relay loads that run, worked out when a load switches rather than twice per sample. */
    private double relayPower;

    /** Loads of the energy manager start off; loads of the load manager alone run until it sheds them. */
    ManagedLoads(SimulationConfig config) {
        List<String> loadNames = config.loadNames();
        List<LoadSetup> energyLoads = config.energyLoads();
        names = loadNames.toArray(String[]::new);
        runs = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            runs[i] = energyLoad(energyLoads, names[i]) == null;
        }
        List<String> relayLoads = Simulation.relayLoads(config).stream().distinct().toList();
        relays = new int[relayLoads.size()];
        relayWatts = new double[relayLoads.size()];
        for (int r = 0; r < relays.length; r++) {
            String name = relayLoads.get(r);
            LoadSetup load = energyLoad(energyLoads, name);
            relays[r] = loadNames.indexOf(name);
            relayWatts[r] = load == null ? 0.0 : load.power();
        }
        relayPower = sumRelayPower();
    }

    /**
     * Applies the engine's commands; a load without a command keeps its state, unknown loads are ignored.
     *
     * @param commands an unmodifiable list (a {@link StepDecisions}' loads): the same list again is not applied again
     */
    void apply(List<LoadCommand> commands) {
        if (commands == applied) {
            return;
        }
        applied = commands;
        for (int position = 0; position < commands.size(); position++) {
            LoadCommand command = commands.get(position);
            int index = indexOf(command.load(), position);
            if (index >= 0) {
                runs[index] = command.on();
            }
        }
        relayPower = sumRelayPower();
    }

    /** @return the power (W) of the relay loads that run */
    double relayPower() {
        return relayPower;
    }

    private double sumRelayPower() {
        double watts = 0;
        for (int r = 0; r < relays.length; r++) {
            if (runs[relays[r]]) {
                watts += relayWatts[r];
            }
        }
        return watts;
    }

    /** @return per load of the configuration, whether it runs; the caller only reads it */
    boolean[] runs() {
        return runs;
    }

    private int indexOf(String name, int likely) {
        if (likely < names.length && names[likely].equals(name)) {
            return likely;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable LoadSetup energyLoad(List<LoadSetup> loads, String name) {
        for (LoadSetup load : loads) {
            if (load.name().equals(name)) {
                return load;
            }
        }
        return null;
    }
}
