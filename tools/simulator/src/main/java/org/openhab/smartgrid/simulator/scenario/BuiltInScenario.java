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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The built-in days, generated in code from a seed, each with its configuration file (the seed's parameters:
 * heat pump boost with activation 0 s, min on 5 min, min off 10 min, min on/day 0, deadline sunset, switch-on
 * 3 kW, power 2 kW; load manager max 5 kW).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum BuiltInScenario {
    /** A clear summer day with an induction hob at about 7 kW from 18:00 to 18:40. */
    SUNNY_SUMMER("sunny-summer", "A clear summer day, 6 kWp PV, an induction hob at about 7 kW from 18:00 to 18:40",
            new DayProfile(LocalDate.of(2026, 6, 21), 20260621L, Duration.ofMinutes(1), 6000, 0.0, true, List.of())),
    /** A spring day with passing clouds. */
    CLOUDY_SPRING("cloudy-spring", "A spring day with passing clouds, 6 kWp PV, some space heating",
            new DayProfile(LocalDate.of(2026, 4, 15), 20260415L, Duration.ofMinutes(1), 6000, 0.8, false,
                    List.of())),
    /** A winter day with two grid operator lock windows. */
    WINTER_LOCKS("winter-locks",
            "A winter day with high space heating demand and grid operator locks 11:30-12:30 and 17:00-19:00",
            new DayProfile(LocalDate.of(2026, 1, 20), 20260120L, Duration.ofMinutes(1), 2500, 0.5, false,
                    List.of(new LockWindow(LocalTime.of(11, 30), LocalTime.of(12, 30)),
                            new LockWindow(LocalTime.of(17, 0), LocalTime.of(19, 0)))));

    private final String id;
    private final String description;
    private final DayProfile profile;

    BuiltInScenario(String id, String description, DayProfile profile) {
        this.id = id;
        this.description = description;
        this.profile = profile;
    }

    /** @return the name used on the command line and as the output folder */
    public String id() {
        return id;
    }

    /** @return one line about the day */
    public String description() {
        return description;
    }

    /** @return the generator knobs, with the built-in seed */
    public DayProfile profile() {
        return profile;
    }

    /** @return the class-path resource of the scenario's configuration */
    public String configResource() {
        return "/org/openhab/smartgrid/simulator/scenarios/" + id + ".yaml";
    }

    /** @return the scenario's configuration file text */
    public String configText() {
        try (InputStream in = BuiltInScenario.class.getResourceAsStream(configResource())) {
            if (in == null) {
                throw new IllegalStateException("missing built-in configuration " + configResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in configuration " + configResource(), e);
        }
    }

    /** @return the scenario's configuration */
    public SimulationConfig config() {
        return ConfigLoader.parse(id + ".yaml", configText());
    }

    /** @return a fresh generator of the day with the built-in seed */
    public DayGenerator generator(SimulationConfig config) {
        return generator(config, profile.seed());
    }

    /** @return a fresh generator of the day with another seed */
    public DayGenerator generator(SimulationConfig config, long seed) {
        DayProfile p = new DayProfile(profile.date(), seed, profile.step(), profile.pvPeak(), profile.cloudiness(),
                profile.cookingPeak(), profile.locks());
        return new DayGenerator(p, config.house().latitude(), config.house().longitude(), config.house().timeZone());
    }

    /**
     * @throws IllegalArgumentException naming the known scenarios when {@code id} is unknown
     */
    public static BuiltInScenario byId(String id) {
        for (BuiltInScenario scenario : values()) {
            if (scenario.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("Unknown scenario '" + id + "': known are sunny-summer, cloudy-spring, "
                + "winter-locks");
    }
}
