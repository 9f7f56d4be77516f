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
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.meter.GridMeter.Update;

/**
 * The grid meter as one signed item or as an import and an export item (a P1 meter through openHAB's DSMR binding).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class GridMeterTest {

    private static final ParameterSet WIRING = new ParameterSet("meter", List.of(GridMeterParameters.GRID_ITEM,
            GridMeterParameters.GRID_SIGN, GridMeterParameters.IMPORT_ITEM, GridMeterParameters.EXPORT_ITEM));

    private static GridMeter meter(String... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return GridMeter.of(WIRING.read(config));
    }

    @Test
    void oneSignedItemIsReadWithItsSign() {
        GridMeter meter = meter("gridItem", "Grid", "gridSign", "EXPORT_POSITIVE");
        assertEquals(Set.of("Grid"), meter.items());
        assertEquals(Update.READING, meter.take("Grid", OptionalDouble.of(1500)));
        assertEquals(-1500, meter.importWatts(), 1e-9, "1500 W fed in");
        assertEquals(Update.UNDEFINED, meter.take("Grid", OptionalDouble.empty()));
        assertEquals(Update.NONE, meter.take("Other", OptionalDouble.of(1)));
    }

    @Test
    void importAndExportItemsGiveImportMinusExportOnceBothAreKnown() {
        GridMeter meter = meter("importItem", "P1_Delivery", "exportItem", "P1_Production");
        assertEquals(Set.of("P1_Delivery", "P1_Production"), meter.items());
        assertEquals("import P1_Delivery, export P1_Production", meter.describe());
        assertEquals(Update.UNDEFINED, meter.take("P1_Delivery", OptionalDouble.of(300)), "no export known yet");
        assertEquals(Update.READING, meter.take("P1_Production", OptionalDouble.of(0)));
        assertEquals(300, meter.importWatts(), 1e-9);
        meter.take("P1_Delivery", OptionalDouble.of(0));
        assertEquals(Update.READING, meter.take("P1_Production", OptionalDouble.of(2100)));
        assertEquals(-2100, meter.importWatts(), 1e-9);
        assertEquals(Update.UNDEFINED, meter.take("P1_Delivery", OptionalDouble.empty()), "UNDEF import");
        assertEquals(Update.READING, meter.take("P1_Delivery", OptionalDouble.of(0)), "back");
        assertEquals(Update.UNDEFINED, meter.take("P1_Production", OptionalDouble.of(-5)),
                "a negative export is no reading of such a meter");
    }

    @Test
    void exactlyOneWayMustBeGiven() {
        for (String[] config : List.of(new String[0], new String[] { "importItem", "P1_Delivery" },
                new String[] { "exportItem", "P1_Production" },
                new String[] { "gridItem", "Grid", "importItem", "P1_Delivery", "exportItem", "P1_Production" })) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> meter(config));
            assertTrue(e.getMessage().startsWith("give either gridItem (one signed grid power) or importItem and "
                    + "exportItem"), e.getMessage());
        }
    }
}
