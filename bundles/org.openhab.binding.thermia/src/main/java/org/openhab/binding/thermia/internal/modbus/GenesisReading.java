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
package org.openhab.binding.thermia.internal.modbus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;
import org.openhab.smartgrid.core.mode.WiringCheck;
import org.openhab.smartgrid.core.mode.WiringCheck.ReadBack;
import org.openhab.smartgrid.core.mode.WiringCheck.Source;

/**
 * One poll of a Thermia Genesis heat pump. Temperatures are {@code null} when the heat pump reports the sensor as
 * not available (the handler shows UNDEF).
 *
 * @param operatingStatus input register 1, raw
 * @param condenserIn input register 8, °C
 * @param condenserOut input register 9, °C
 * @param systemSupply input register 12, °C
 * @param outdoor input register 13, °C
 * @param tapWaterTop input register 15, °C
 * @param tapWaterLower input register 16, °C
 * @param tapWaterWeighted input register 17, °C
 * @param systemReturn input register 27, °C
 * @param compressorSpeedPercent input register 54, %
 * @param compressorStartRestriction input register 60: time until the compressor may start
 * @param smartGridStatusRaw input register 82, raw
 * @param smartGridMode input register 82 as a mode, {@code null} for values other than 1, 4, 5, 6
 * @param thermalPowerWatts input register 157, W
 * @param electricPowerWatts input register 158, W
 * @param compressorRunning discrete input 199
 * @param smartGridInput1 discrete input 201: the heat pump sees contact SG-1 / VU closed
 * @param smartGridInput2 discrete input 204: the heat pump sees contact SG-2 closed
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record GenesisReading(int operatingStatus, @Nullable Double condenserIn, @Nullable Double condenserOut,
        @Nullable Double systemSupply, @Nullable Double outdoor, @Nullable Double tapWaterTop,
        @Nullable Double tapWaterLower, @Nullable Double tapWaterWeighted, @Nullable Double systemReturn,
        double compressorSpeedPercent, Duration compressorStartRestriction, int smartGridStatusRaw,
        @Nullable SgMode smartGridMode, double thermalPowerWatts, double electricPowerWatts,
        boolean compressorRunning, boolean smartGridInput1, boolean smartGridInput2) {

    /** @return the mode the heat pump's two SG-Ready inputs select (read-back of the physical contacts) */
    public SgMode contactMode() {
        return SgMode.fromContacts(smartGridInput1, smartGridInput2);
    }

    /**
     * @param readAt when this reading was taken
     * @return the two read-backs for {@link WiringCheck}: the status register (no mode for values other than
     *         1, 4, 5, 6) and the contact inputs
     */
    public List<ReadBack> readBacks(Instant readAt) {
        return List.of(new ReadBack(Source.STATUS_REGISTER, smartGridMode, readAt),
                new ReadBack(Source.CONTACT_INPUTS, contactMode(), readAt));
    }
}
