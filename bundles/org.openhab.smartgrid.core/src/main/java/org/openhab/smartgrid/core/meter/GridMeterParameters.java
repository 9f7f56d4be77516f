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
package org.openhab.smartgrid.core.meter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;

/**
 * The grid meter's parameters, which the energy manager and the load manager take alike (each reads the meter on
 * its own, so a user may give them different items).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class GridMeterParameters {

    public static final Parameter<String> GRID_ITEM = Parameter.optionalItem("gridItem")
            .text("Grid Power Item",
                    "Grid power in W (or any power unit); import positive unless the sign is changed below. Leave "
                            + "it empty when the meter gives import and export as two items (below).")
            .loxone("Gpwr").build();
    public static final Parameter<SignConvention> GRID_SIGN = Parameter
            .word("gridSign", SignConvention.class, SignConvention.IMPORT_POSITIVE)
            .text("Grid Meter Sign", "How the grid meter signs its power.")
            .optionLabel("IMPORT_POSITIVE", "Import positive").optionLabel("EXPORT_POSITIVE", "Export positive")
            .advanced().build();

    public static final Parameter<String> IMPORT_ITEM = Parameter.optionalItem("importItem")
            .text("Grid Import Power Item",
                    "Instead of the grid power item: the power taken from the grid, positive (a P1 meter's actual "
                            + "delivery, e.g. the DSMR binding's emeter_actual_delivery). Needs the export item too.")
            .advanced().build();
    public static final Parameter<String> EXPORT_ITEM = Parameter.optionalItem("exportItem")
            .text("Grid Export Power Item",
                    "Instead of the grid power item: the power fed into the grid, positive (a P1 meter's actual "
                            + "production, e.g. the DSMR binding's emeter_actual_production). Needs the import item "
                            + "too.")
            .advanced().build();

    private GridMeterParameters() {
    }
}
