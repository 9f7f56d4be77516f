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
package org.openhab.automation.energymanager.internal.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterType;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * What every load of one manager must give alike (its meters and the manager's parameters), as one load's trigger
 * gave them.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ManagerSettings {

    private final List<Parameter<?>> shared;
    private final ParameterValues values;

    /**
     * @param shared the parameters every load must give alike
     * @param values the values one load's trigger gave (at least those of {@code shared})
     */
    public ManagerSettings(List<Parameter<?>> shared, ParameterValues values) {
        this.shared = List.copyOf(shared);
        this.values = values;
    }

    /** @return the values of the trigger that made these settings */
    public ParameterValues values() {
        return values;
    }

    public <T> T get(Parameter<T> parameter) {
        return values.get(parameter);
    }

    /** @return the item of an item parameter, null when none is given */
    public @Nullable String item(Parameter<String> parameter) {
        String item = values.get(parameter);
        return item.isEmpty() ? null : item;
    }

    /** @return null when {@code other} agrees with these settings, else which parameter differs and how */
    public @Nullable String difference(ManagerSettings other) {
        for (Parameter<?> parameter : shared) {
            Object mine = values.canonical().get(parameter.name());
            Object theirs = other.values.canonical().get(parameter.name());
            if (!Objects.equals(mine, theirs)) {
                return parameter.name() + " " + show(parameter, theirs) + " differs from " + show(parameter, mine);
            }
        }
        return null;
    }

    /** @return every shared value, e.g. {@code offset 0 W, minSoc 0 %}, for the console */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Parameter<?> parameter : shared) {
            parts.add(parameter.name() + " " + show(parameter, values.canonical().get(parameter.name())));
        }
        return String.join(", ", parts);
    }

    private static String show(Parameter<?> parameter, @Nullable Object value) {
        if (parameter.type() == ParameterType.TEXT && !parameter.limitToOptions()) {
            return "'" + value + "'";
        }
        String unit = parameter.unit();
        return unit == null ? String.valueOf(value) : value + " " + unit;
    }
}
