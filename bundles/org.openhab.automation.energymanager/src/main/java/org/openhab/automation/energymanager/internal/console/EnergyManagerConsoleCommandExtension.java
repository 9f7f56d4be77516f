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
package org.openhab.automation.energymanager.internal.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.energymanager.internal.manager.ManagerRegistry;
import org.openhab.automation.energymanager.internal.manager.PeakManagerAdapter;
import org.openhab.automation.energymanager.internal.manager.SurplusManagerAdapter;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.smartgrid.core.LoadCommand;
import org.openhab.smartgrid.core.TimeText;
import org.openhab.smartgrid.core.energy.EnergyManagerResult;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.LoadManagerResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code energymanager list} and {@code energymanager status [manager]}: every manager and load with its command,
 * reason and next change, runtime today, the surplus arithmetic, and for load managers the quarter-hour energy, the
 * power still allowed for the rest of the quarter and the month peak. Times are openHAB's local time ({@link TimeText}).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class EnergyManagerConsoleCommandExtension extends AbstractConsoleCommandExtension {

    private static final String LIST = "list";
    private static final String STATUS = "status";

    private final ManagerRegistry registry;
    private final TimeZoneProvider timeZoneProvider;

    @Activate
    public EnergyManagerConsoleCommandExtension(@Reference ManagerRegistry registry,
            @Reference TimeZoneProvider timeZoneProvider) {
        super("energymanager", "Shows the energy and load managers of the rules.");
        this.registry = registry;
        this.timeZoneProvider = timeZoneProvider;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(LIST, "every manager and its loads' commands"),
                buildCommandUsage(STATUS + " [<manager>]", "reasons, timers, runtimes, quarter-hour budget"));
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 1 && LIST.equals(args[0])) {
            list(console);
        } else if (args.length >= 1 && args.length <= 2 && STATUS.equals(args[0])) {
            status(console, args.length == 2 ? args[1] : null);
        } else {
            printUsage(console);
        }
    }

    private void list(Console console) {
        List<SurplusManagerAdapter> surplus = registry.surplusManagers();
        List<PeakManagerAdapter> peak = registry.peakManagers();
        if (surplus.isEmpty() && peak.isEmpty()) {
            console.println("No manager: no rule with an energymanager trigger is enabled.");
            return;
        }
        for (SurplusManagerAdapter manager : surplus) {
            EnergyManagerResult result = manager.lastResult();
            console.println("energy manager '" + manager.name() + "'" + (manager.isLocked() ? " (locked)" : ""));
            for (String load : manager.loadNames()) {
                LoadCommand command = result == null ? null : find(result.commands(), load);
                console.println("  " + load + ": " + onOff(command, "ON", "OFF"));
            }
        }
        for (PeakManagerAdapter manager : peak) {
            LoadManagerResult result = manager.lastResult();
            console.println("load manager '" + manager.name() + "'" + (manager.isOff() ? " (off)" : ""));
            for (String load : manager.loadNames()) {
                LoadCommand command = result == null ? null : find(result.commands(), load);
                console.println("  " + load + ": " + onOff(command, "SHED", "running"));
            }
        }
    }

    private void status(Console console, @Nullable String only) {
        boolean found = false;
        ZoneId zone = timeZoneProvider.getTimeZone();
        Instant now = registry.clock().instant(); // tells today's times from other days' ones
        for (SurplusManagerAdapter manager : registry.surplusManagers()) {
            if (only == null || only.equals(manager.name())) {
                found = true;
                surplusStatus(console, manager, now, zone);
            }
        }
        for (PeakManagerAdapter manager : registry.peakManagers()) {
            if (only == null || only.equals(manager.name())) {
                found = true;
                peakStatus(console, manager, now, zone);
            }
        }
        if (!found) {
            console.println(only == null ? "No manager: no rule with an energymanager trigger is enabled."
                    : "No manager named '" + only + "'.");
        }
    }

    private void surplusStatus(Console console, SurplusManagerAdapter manager, Instant now, ZoneId zone) {
        EnergyManagerResult result = manager.lastResult();
        console.println("energy manager '" + manager.name() + "'" + (manager.isLocked() ? " (locked)" : "")
                + ", grid item " + manager.gridItem());
        console.println("  " + manager.settings().describe());
        if (result == null) {
            console.println("  not stepped yet");
            return;
        }
        console.println(String.format(Locale.ROOT,
                "  at %s: meter %s, grid import %.0f W, battery %.0f W, promised %.0f W, surplus %.0f W",
                TimeText.time(result.at(), now, zone), result.meter(), result.balance().gridImport(),
                result.balance().batteryImport(), result.balance().promised(), result.surplus()));
        for (String load : manager.loadNames()) {
            LoadCommand command = find(result.commands(), load);
            Duration runtime = manager.runtimeToday(load);
            console.println(String.format(Locale.ROOT, "  %s: %s, %s, next change %s, runtime today %s", load,
                    onOff(command, "ON", "OFF"), command == null ? "-" : command.reason(), next(command, now, zone),
                    TimeText.duration(runtime)));
            if (command != null && !command.detail().isEmpty()) {
                console.println("    " + command.detail());
            }
        }
    }

    private void peakStatus(Console console, PeakManagerAdapter manager, Instant now, ZoneId zone) {
        LoadManagerResult result = manager.lastResult();
        console.println("load manager '" + manager.name() + "'" + (manager.isOff() ? " (off)" : "") + ", "
                + manager.settings().get(LoadManagerParameters.MODE) + " "
                + Math.round(manager.settings().get(LoadManagerParameters.MAX_POWER)) + " W, grid item "
                + manager.gridItem());
        console.println("  " + manager.settings().describe());
        if (result == null) {
            console.println("  not stepped yet");
            return;
        }
        console.println(String.format(Locale.ROOT,
                "  at %s: %s, import %.0f W, allowed %.0f W for the rest of the quarter (limit %.0f W)",
                TimeText.time(result.at(), now, zone), result.reason(), result.importWatts(), result.allowedWatts(),
                result.limitWatts()));
        console.println(String.format(Locale.ROOT,
                "  quarter from %s: %.1f Wh so far, average %.0f W; month peak %.0f W",
                TimeText.time(result.quarter().start(), now, zone), result.quarter().energyWh(),
                result.quarter().averageWatts(), result.monthPeakWatts()));
        for (String load : manager.loadNames()) {
            LoadCommand command = find(result.commands(), load);
            console.println(String.format(Locale.ROOT, "  %s: %s, %s, next change %s", load,
                    onOff(command, "SHED", "running"), command == null ? "-" : command.reason(),
                    next(command, now, zone)));
            if (command != null && !command.detail().isEmpty()) {
                console.println("    " + command.detail());
            }
            String feedbackItem = manager.shedFeedbackItem(load);
            if (feedbackItem != null) {
                console.println("    shed feedback from " + feedbackItem + ": " + switch (manager.lastFeedback(load)) {
                    case IN_EFFECT -> "in effect";
                    case NOT_IN_EFFECT -> "not in effect";
                    case NO_REPORT -> "no report";
                });
            }
        }
    }

    private static @Nullable LoadCommand find(List<LoadCommand> commands, String load) {
        for (LoadCommand command : commands) {
            if (command.load().equals(load)) {
                return command;
            }
        }
        return null;
    }

    private static String onOff(@Nullable LoadCommand command, String on, String off) {
        return command == null ? "unknown" : command.on() ? on : off;
    }

    private static String next(@Nullable LoadCommand command, Instant now, ZoneId zone) {
        Instant next = command == null ? null : command.nextChange();
        return next == null ? "-" : TimeText.time(next, now, zone);
    }
}
