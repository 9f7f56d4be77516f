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
package org.openhab.smartgrid.core;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;

/**
 * The status items both managers have alike: items the openHAB add-on keeps up to date with what a manager sees and
 * decides, so that a user sees it on a sitemap or a widget without a script or the console. They are outputs, not
 * inputs: the engine reads none of them, and the simulator takes their names only to carry them into the rules it
 * writes for openHAB. Each manager adds its own figures (the surplus, the quarter-hour averages, ...).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusItemParameters {

    /** How every manager-level status item's description begins: it is no setting every load must repeat. */
    private static final String OF_THE_MANAGER = "Optional status item of the manager (give it in any one of its "
            + "loads): ";

    public static final Parameter<String> METER_AGE_ITEM = Parameter.optionalItem("meterAgeItem")
            .text("Meter Age Item",
                    OF_THE_MANAGER + "a Number:Time item updated with the whole minutes since the grid meter last "
                            + "reported a value (UNDEF before the first).")
            .build();
    public static final Parameter<String> REASON_ITEM = Parameter.optionalItem("reasonItem")
            .text("Load Reason Item",
                    "Optional status item: a String item updated with this load's reason code, e.g. SURPLUS, "
                            + "MIN_ON_HOLD or SHED_PEAK.")
            .build();
    public static final Parameter<String> NEXT_CHANGE_ITEM = Parameter.optionalItem("nextChangeItem")
            .text("Load Next Change Item",
                    "Optional status item: a DateTime item updated with when this load's command could change "
                            + "next (UNDEF when nothing is planned).")
            .build();

    private StatusItemParameters() {
    }

    /**
     * @param stateMeaning what ON means for the load, e.g. "ON while it should run"
     * @return the item of a load's state
     */
    public static Parameter<String> stateItem(String stateMeaning) {
        return Parameter.optionalItem("stateItem").text("Load State Item",
                "Optional status item: a Switch item updated with this load's command: " + stateMeaning
                        + ", OFF otherwise.")
                .build();
    }

    /**
     * @param subject what the items show the state of, e.g. "energy manager load"
     * @param stateItem the item of the load's state, see {@link #stateItem}
     * @return a load's status items: its state, the reason and the next change
     */
    public static ParameterSet load(String subject, Parameter<String> stateItem) {
        return new ParameterSet(subject, List.of(stateItem, REASON_ITEM, NEXT_CHANGE_ITEM));
    }

    /**
     * @param meaning what the power is, e.g. "the surplus (UNDEF while the meter is stale)"
     * @return a power status item of a manager, to be built (with the Loxone output it shows, if any): any one of the
     *         manager's loads may give it, each that does the same item
     */
    public static Parameter.Builder<String> powerItem(String name, String label, String meaning) {
        return Parameter.optionalItem(name).text(label,
                OF_THE_MANAGER + "a Number:Power item updated with " + meaning + ", in W.");
    }
}
