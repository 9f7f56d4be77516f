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
package org.openhab.smartgrid.core.load;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.meter.PowerReading;

/**
 * Test fixture: a house whose sheddable loads are relays that follow the manager's last command at once, with a
 * non-sheddable base load the test sets, and a grid meter that reports base plus running loads.
 */
@NonNullByDefault
final class House {

    final LoadManager manager;
    private final Map<String, Double> powers = new HashMap<>();
    private final Map<String, Boolean> off = new HashMap<>();
    Instant now;
    double base;
    @Nullable
    LoadManagerResult last;

    House(LoadManagerConfig config, Instant start) {
        manager = new LoadManager(config);
        now = start;
        for (SheddableLoadConfig load : config.loads()) {
            powers.put(load.name(), load.power());
            off.put(load.name(), false);
        }
    }

    /** @return what the meter would read now: base plus every load whose relay is on */
    double grid() {
        double watts = base;
        for (Map.Entry<String, Double> load : powers.entrySet()) {
            if (!off.get(load.getKey())) {
                watts += load.getValue();
            }
        }
        return watts;
    }

    /** A meter sample now, a step now, and the relays follow the commands. */
    LoadManagerResult sample() {
        manager.updateGrid(new PowerReading(now, grid()));
        return stepOnly();
    }

    /** A step now without a new meter sample; the relays follow the commands. */
    LoadManagerResult stepOnly() {
        LoadManagerResult result = manager.step(now);
        for (LoadCommand command : result.commands()) {
            off.put(command.load(), command.on());
        }
        last = result;
        return result;
    }

    /** Advances by {@code duration} with a sample and a step every {@code every}; returns the last result. */
    LoadManagerResult run(Duration duration, Duration every) {
        Instant end = now.plus(duration);
        LoadManagerResult result = last;
        while (now.isBefore(end)) {
            now = now.plus(every);
            if (now.isAfter(end)) {
                now = end;
            }
            result = sample();
        }
        if (result == null) {
            throw new IllegalStateException("no step ran");
        }
        return result;
    }

    /** Advances by {@code duration} with a sample and a step every 10 s. */
    LoadManagerResult run(Duration duration) {
        return run(duration, Duration.ofSeconds(10));
    }

    LoadManagerResult runSeconds(long seconds) {
        return run(Duration.ofSeconds(seconds));
    }

    LoadCommand command(String load) {
        LoadManagerResult result = last;
        LoadCommand command = result == null ? null : result.command(load);
        if (command == null) {
            throw new IllegalStateException("no command for " + load);
        }
        return command;
    }

    boolean shed(String load) {
        return command(load).on();
    }
}
