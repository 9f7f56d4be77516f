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
package org.openhab.automation.energymanager.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.load.LoadManagerMode;
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The configuration of an {@code energymanager.PeakLoad} trigger, filled by {@code Configuration.as}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class PeakLoadTriggerConfig {

    public String manager = "";
    public String load = "";
    public String gridItem = "";
    public SignConvention gridSign = SignConvention.IMPORT_POSITIVE;
    public @Nullable String energyItem;
    public LoadManagerMode mode = LoadManagerMode.OVERLOAD;
    /** W, manager level */
    public double maxPower;
    /** W, manager level, only in BOTH mode; 0 = same as maxPower */
    public double overloadPower;
    public boolean followMonthPeak;
    public int priority = 1;
    /** W */
    public double power;
    /** W */
    public double restoreHysteresis = 200;
    /** min */
    public int minShedTime = 10;
    /** min */
    public int minReleaseTime = 10;
}
