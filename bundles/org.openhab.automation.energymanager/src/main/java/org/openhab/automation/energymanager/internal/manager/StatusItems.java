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


import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.StatusItemParameters;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * The status items one trigger names: its load's (state, reason, next change) and those of its manager that it
 * gives (any one load of a manager may give a manager's status item). Items left out are not here.
 *
 * @param state the item of the load's command, or null
 * @param reason the item of the load's reason, or null
 * @param nextChange the item of the load's next change, or null
 * @param manager the manager's status items this trigger gives, by parameter
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record StatusItems(@Nullable String state, @Nullable String reason, @Nullable String nextChange,
        Map<Parameter<String>, String> manager) {

    public StatusItems {
        manager = Map.copyOf(manager);
    }

    /**
     * @param stateItem the kind's parameter of the load's state item
     * @param managerStatus the manager's status item parameters (each an item's name)
     */
    @SuppressWarnings("unchecked")
    static StatusItems of(ParameterValues values, Parameter<String> stateItem, ParameterSet managerStatus) {
        Map<Parameter<String>, String> manager = new LinkedHashMap<>();
        for (Parameter<?> parameter : managerStatus.parameters()) {
            String item = item(values, (Parameter<String>) parameter);
            if (item != null) {
                manager.put((Parameter<String>) parameter, item);
            }
        }
        return new StatusItems(item(values, stateItem), item(values, StatusItemParameters.REASON_ITEM),
                item(values, StatusItemParameters.NEXT_CHANGE_ITEM), manager);
    }

    private static @Nullable String item(ParameterValues values, Parameter<String> parameter) {
        String item = values.get(parameter);
        return item.isEmpty() ? null : item;
    }

    /**
     * @return null when these items and {@code other}'s name no different items for one of the manager's status
     *         items, else which one differs and how
     */
    @Nullable
    String difference(StatusItems other) {
        for (Map.Entry<Parameter<String>, String> mine : manager.entrySet()) {
            String theirs = other.manager.get(mine.getKey());
            if (theirs != null && !theirs.equals(mine.getValue())) {
                return mine.getKey().name() + " '" + mine.getValue() + "' differs from '" + theirs + "'";
            }
        }
        return null;
    }

    /** @return one of these items that is in {@code items}, null when none is */
    @Nullable
    String anyOf(Set<String> items) {
        return all().stream().filter(items::contains).findFirst().orElse(null);
    }

    /** @return every item named, the load's and the manager's */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        for (String item : new String[] { state, reason, nextChange }) {
            if (item != null) {
                all.add(item);
            }
        }
        all.addAll(manager.values());
        return all;
    }
}
