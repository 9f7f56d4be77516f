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

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.simulator.model.HeatPumpParams;
import org.openhab.smartgrid.simulator.model.HotWaterDraw;
import org.openhab.smartgrid.simulator.model.HotWaterProfile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a simulation configuration (YAML) into typed records. The keys are exactly the parameter names of the
 * openHAB Thing and module configurations; unknown keys are errors naming the key and its line.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * @throws ConfigException naming the file, line and key when the file is invalid
     * @throws IOException when the file cannot be read
     */
    public static SimulationConfig load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.getFileName().toString(), reader);
        }
    }

    /**
     * @param source the file name used in error messages
     * @throws ConfigException naming the source, line and key when the text is invalid
     */
    public static SimulationConfig parse(String source, String yaml) {
        return load(source, new StringReader(yaml));
    }

    private static SimulationConfig load(String source, Reader reader) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(source, line, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(source, 1, "invalid YAML: " + e.getMessage());
        }
        YamlSection root = YamlSection.root(source, node);
        root.allowOnly("house", "guard", "energyManager", "loadManager");
        HouseConfig house = house(root.section("house"));
        GuardConfig guard = guard(root.section("guard"));
        EnergyManagerConfig energy = energyManager(root.section("energyManager"));
        LoadManagerConfig load = loadManager(root.section("loadManager"));
        return root.build(() -> new SimulationConfig(house, guard, energy, load));
    }

    private static HouseConfig house(YamlSection s) {
        s.allowOnly("location", "timeZone", "heatPump");
        YamlSection location = s.section("location");
        location.allowOnly("latitude", "longitude");
        double latitude = location.number("latitude", 50.85);
        double longitude = location.number("longitude", 4.35);
        ZoneId zone = s.parsed("timeZone", ZoneId.of("Europe/Brussels"), "a time zone id like Europe/Brussels",
                text -> {
                    try {
                        return ZoneId.of(text);
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                });
        YamlSection hp = s.section("heatPump");
        hp.allowOnly("electricPower", "cop", "tankLiters", "tankLoss", "initialTankTemperature", "normalStart",
                "normalStop", "comfortStart", "comfortStop", "boostStart", "boostStop", "bufferLiters",
                "initialBufferTemperature", "bufferNormalTarget", "bufferBoostTarget", "bufferHysteresis",
                "spaceHeatingDemand", "ambientTemperature", "coldWaterTemperature", "hotWaterDraws", "boostLoad",
                "shedLoad");
        HeatPumpParams d = HeatPumpParams.defaults();
        HeatPumpParams params = hp.build(() -> new HeatPumpParams(hp.number("electricPower", d.electricPower()),
                hp.number("cop", d.cop()), hp.number("tankLiters", d.tankLiters()),
                hp.number("tankLoss", d.tankLoss()), hp.number("initialTankTemperature", d.initialTankTemperature()),
                hp.number("normalStart", d.normalStart()), hp.number("normalStop", d.normalStop()),
                hp.number("comfortStart", d.comfortStart()), hp.number("comfortStop", d.comfortStop()),
                hp.number("boostStart", d.boostStart()), hp.number("boostStop", d.boostStop()),
                hp.number("bufferLiters", d.bufferLiters()),
                hp.number("initialBufferTemperature", d.initialBufferTemperature()),
                hp.number("bufferNormalTarget", d.bufferNormalTarget()),
                hp.number("bufferBoostTarget", d.bufferBoostTarget()),
                hp.number("bufferHysteresis", d.bufferHysteresis()),
                hp.number("spaceHeatingDemand", d.spaceHeatingDemand()),
                hp.number("ambientTemperature", d.ambientTemperature()),
                hp.number("coldWaterTemperature", d.coldWaterTemperature())));
        HotWaterProfile hotWater = HotWaterProfile.typicalFamily();
        if (hp.has("hotWaterDraws")) {
            List<HotWaterDraw> draws = new ArrayList<>();
            for (YamlSection draw : hp.list("hotWaterDraws")) {
                draw.allowOnly("start", "minutes", "liters");
                LocalTime start = draw.parsed("start", LocalTime.MIDNIGHT, "a local time like 07:30", text -> {
                    try {
                        return LocalTime.parse(text);
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                });
                Duration length = minutes(draw, "minutes", 5);
                double liters = draw.number("liters", 0);
                draws.add(draw.build(() -> new HotWaterDraw(start, length, liters)));
            }
            hotWater = new HotWaterProfile(draws);
        }
        HotWaterProfile profile = hotWater;
        return s.build(() -> new HouseConfig(latitude, longitude, zone, params, profile, hp.optionalText("boostLoad"),
                hp.optionalText("shedLoad")));
    }

    private static GuardConfig guard(YamlSection s) {
        s.allowOnly("minLockMinutes", "minReleaseMinutes", "maxLockMinutes", "maxLocksPerDay",
                "maxLockMinutesPerDay", "minModeDwellSeconds", "pvSurplusMode");
        GuardConfig d = GuardConfig.defaults();
        Duration minLock = minutes(s, "minLockMinutes", d.minLockMinutes().toMinutes());
        Duration minRelease = minutes(s, "minReleaseMinutes", d.minReleaseMinutes().toMinutes());
        Duration maxLock = minutes(s, "maxLockMinutes", d.maxLockMinutes().toMinutes());
        int maxLocks = s.integer("maxLocksPerDay", d.maxLocksPerDay());
        Duration maxPerDay = minutes(s, "maxLockMinutesPerDay", d.maxLockMinutesPerDay().toMinutes());
        Duration dwell = seconds(s, "minModeDwellSeconds", d.minModeDwellSeconds().toSeconds());
        SgMode boostMode = s.parsed("pvSurplusMode", d.pvSurplusMode(), "BOOST or COMFORT", SgMode::parse);
        return s.build(() -> new GuardConfig(minLock, minRelease, maxLock, maxLocks, maxPerDay, dwell, boostMode));
    }

    private static EnergyManagerConfig energyManager(YamlSection s) {
        s.allowOnly("offset", "minSoc", "staleAfter", "loads");
        List<EnergyLoadConfig> loads = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlSection l : s.list("loads")) {
            l.allowOnly("name", "priority", "switchOnPower", "power", "activationDelay", "minOnTime", "minOffTime",
                    "minOnTimePerDay", "dailyDeadline");
            String name = unique(l, names);
            int priority = l.integer("priority", 1);
            double switchOn = l.number("switchOnPower", 0);
            double power = l.number("power", 0);
            Duration activation = seconds(l, "activationDelay", 0);
            Duration minOn = minutes(l, "minOnTime", 0);
            Duration minOff = minutes(l, "minOffTime", 0);
            Duration perDay = minutes(l, "minOnTimePerDay", 0);
            DailyDeadline deadline = l.parsed("dailyDeadline", new DailyDeadline.Sunset(),
                    "SUNSET or a local time like 18:30", DailyDeadline::parse);
            loads.add(l.build(() -> new EnergyLoadConfig(name, priority, switchOn, power, activation, minOn, minOff,
                    perDay, deadline)));
        }
        double offset = s.number("offset", 0);
        double minSoc = s.number("minSoc", 0);
        Duration stale = seconds(s, "staleAfter", 60);
        return s.build(() -> new EnergyManagerConfig(offset, minSoc, stale, loads));
    }

    private static LoadManagerConfig loadManager(YamlSection s) {
        s.allowOnly("mode", "maxPower", "followMonthPeak", "loads");
        List<ShedLoadConfig> loads = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlSection l : s.list("loads")) {
            l.allowOnly("name", "priority", "power", "restoreHysteresis", "minShedTime", "minReleaseTime");
            String name = unique(l, names);
            int priority = l.integer("priority", 1);
            double power = l.number("power", 0);
            double hysteresis = l.number("restoreHysteresis", 0);
            Duration minShed = minutes(l, "minShedTime", 10);
            Duration minRelease = minutes(l, "minReleaseTime", 10);
            loads.add(l.build(() -> new ShedLoadConfig(name, priority, power, hysteresis, minShed, minRelease)));
        }
        LoadManagerMode mode = s.parsed("mode", LoadManagerMode.PEAK, "OVERLOAD, PEAK or BOTH",
                text -> LoadManagerMode.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
        double maxPower = s.number("maxPower", 5000);
        boolean follow = s.flag("followMonthPeak", false);
        return s.build(() -> new LoadManagerConfig(mode, maxPower, follow, loads));
    }

    private static String unique(YamlSection load, Set<String> names) {
        String name = load.requiredText("name");
        if (name.isBlank() || !names.add(name)) {
            throw new ConfigException(load.source(), load.line(), "load name '" + name + "' is empty or repeated");
        }
        return name;
    }

    private static Duration minutes(YamlSection s, String key, double fallback) {
        return ofSeconds(s, key, s.number(key, fallback) * 60.0);
    }

    private static Duration seconds(YamlSection s, String key, double fallback) {
        return ofSeconds(s, key, s.number(key, fallback));
    }

    private static Duration ofSeconds(YamlSection s, String key, double seconds) {
        if (!(seconds >= 0) || seconds > 366 * 86400.0) {
            throw new ConfigException(s.source(), s.line(), "'" + key + "' must be between 0 and one year");
        }
        return Duration.ofMillis(Math.round(seconds * 1000.0));
    }
}
