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

import java.util.LinkedHashSet;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.ParameterValues;

/**
 * The grid meter as a house has it, turned into one import-positive power: either one signed power item
 * ({@code gridItem} with its {@code gridSign}), or an import and an export power item, both positive (Belgian and
 * Dutch P1 meters: the DSMR binding's actual delivery and actual production channels).
 * <p>
 * With two items the grid power is import minus export, known once both have reported; either one going UNDEF makes
 * it unknown until that one reports again. A P1 meter sends both in one telegram, so the two item events follow
 * each other within milliseconds.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class GridMeter {

    /** What an item's new value does to the grid power. */
    public enum Update {
        /** the item is not one of the meter's */
        NONE,
        /** the grid power is known: {@link GridMeter#importWatts()} */
        READING,
        /** the grid power is unknown (UNDEF, or one of two items has not reported yet) */
        UNDEFINED
    }

    private final String gridItem;
    private final SignConvention gridSign;
    private final String importItem;
    private final String exportItem;
    private double importWatts = Double.NaN;
    private double exportWatts = Double.NaN;
    private double gridWatts = Double.NaN;

    private GridMeter(String gridItem, SignConvention gridSign, String importItem, String exportItem) {
        this.gridItem = gridItem;
        this.gridSign = gridSign;
        this.importItem = importItem;
        this.exportItem = exportItem;
    }

    /**
     * @param values a manager's wiring: {@code gridItem} and {@code gridSign}, {@code importItem} and
     *            {@code exportItem}
     * @throws IllegalArgumentException unless exactly one of the two ways is given
     */
    public static GridMeter of(ParameterValues values) {
        String grid = values.get(GridMeterParameters.GRID_ITEM);
        String imported = values.get(GridMeterParameters.IMPORT_ITEM);
        String exported = values.get(GridMeterParameters.EXPORT_ITEM);
        boolean pair = !imported.isEmpty() || !exported.isEmpty();
        if (grid.isEmpty() == !pair || (pair && (imported.isEmpty() || exported.isEmpty()))) {
            throw new IllegalArgumentException("give either gridItem (one signed grid power) or importItem and "
                    + "exportItem (two positive powers, e.g. a P1 meter's delivery and production), not both; was "
                    + "gridItem '" + grid + "', importItem '" + imported + "', exportItem '" + exported + "'");
        }
        return new GridMeter(grid, values.get(GridMeterParameters.GRID_SIGN), imported, exported);
    }

    /** @return the items of the meter: the grid item, or the import and the export item */
    public Set<String> items() {
        Set<String> items = new LinkedHashSet<>();
        for (String item : new String[] { gridItem, importItem, exportItem }) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** @return a short description for logs and the console: the grid item, or "import X, export Y" */
    public String describe() {
        return gridItem.isEmpty() ? "import " + importItem + ", export " + exportItem : gridItem;
    }

    /**
     * Takes an item's new value.
     *
     * @param watts the item's power in W as it states it, empty for UNDEF, NULL or a state that is no power
     */
    public Update take(String item, OptionalDouble watts) {
        double value = watts.isPresent() ? watts.getAsDouble() : Double.NaN;
        if (item.equals(gridItem)) {
            gridWatts = gridSign.toImportWatts(value);
        } else if (item.equals(importItem) || item.equals(exportItem)) {
            // a positive power: a negative one is no reading of this kind of meter
            double positive = value >= 0 ? value : Double.NaN;
            if (item.equals(importItem)) {
                importWatts = positive;
            }
            if (item.equals(exportItem)) {
                exportWatts = positive;
            }
            gridWatts = importWatts - exportWatts;
        } else {
            return Update.NONE;
        }
        return Double.isNaN(gridWatts) ? Update.UNDEFINED : Update.READING;
    }

    /** @return the grid power after the last {@link Update#READING}, import positive, in W */
    public double importWatts() {
        return gridWatts;
    }
}
