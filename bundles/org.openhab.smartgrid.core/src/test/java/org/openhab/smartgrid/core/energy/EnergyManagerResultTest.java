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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.smartgrid.core.energy.EnergyRig.*;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.Reason;

/**
 * The step result: one command per load in the configured order, each with a reason and its arithmetic, and one
 * wake-up instant for the adapter's single timer.
 */
@NonNullByDefault
class EnergyManagerResultTest {

    @Test
    void nextWakeUpIsTheEarliestNextChangeOfAllLoads() {
        EnergyRig rig = new EnergyRig(load("delayed", 1000).priority(1).activationDelay(seconds(90)).build(),
                load("held", 500).priority(2).minOnTime(minutes(5)).build(),
                load("daily", 3000).priority(3).minOnTimePerDay(minutes(60)).build());
        rig.grid("12:00:00", -1600);
        rig.grid("12:00:30", -1100);
        rig.expect("delayed", false, Reason.ACTIVATION_DELAY, "12:01:30");
        rig.expect("held", true, Reason.SURPLUS, "12:05:00");
        rig.expect("daily", false, Reason.NO_SURPLUS, "23:00:00");
        List<LoadCommand> commands = rig.last.commands();
        Instant earliest = commands.stream().map(LoadCommand::nextChange).filter(Objects::nonNull)
                .min(Instant::compareTo).orElseThrow();
        assertEquals(earliest, rig.last.nextWakeUp(), "one timer: the earliest next change");
        assertEquals(rig.at("12:01:30"), rig.last.nextWakeUp(), "'delayed' is ready first");
    }

    @Test
    void commandsComeInTheConfiguredOrderAndExplainThemselves() {
        EnergyRig rig = new EnergyRig(load("c", 1000).priority(9).build(), load("a", 1000).priority(1).build(),
                load("b", 1000).priority(5).build());
        rig.grid("12:00:00", -2500);
        assertEquals(List.of("c", "a", "b"), rig.last.commands().stream().map(LoadCommand::load).toList());
        for (LoadCommand command : rig.last.commands()) {
            assertFalse(command.detail().isBlank(), () -> "every command carries its arithmetic: " + command);
        }
        assertTrue(rig.command("c").detail().contains("surplus 500 W < switch-on 1000 W"), rig.command("c").detail());
        assertThrows(IllegalArgumentException.class, () -> rig.last.command("d"));
    }
}
