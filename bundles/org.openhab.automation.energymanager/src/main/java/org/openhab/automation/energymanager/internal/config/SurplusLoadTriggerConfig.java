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
import org.openhab.smartgrid.core.meter.SignConvention;

/**
 * The configuration of an {@code energymanager.SurplusLoad} trigger, filled by {@code Configuration.as}. Field names
 * are the parameter names of the module type; times are in the units the parameter descriptions name.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class SurplusLoadTriggerConfig {

    /** Loads with the same manager name are arbitrated together. */
    public String manager = "";
    public String load = "";
    public String gridItem = "";
    public SignConvention gridSign = SignConvention.IMPORT_POSITIVE;
    public @Nullable String batteryItem;
    public SignConvention batterySign = SignConvention.IMPORT_POSITIVE;
    public @Nullable String socItem;
    public @Nullable String loadPowerItem;
    public int priority = 1;
    /** W; negative means "same as power". */
    public double switchOnPower = -1;
    public double power;
    /** s */
    public int activationDelay;
    /** min */
    public int minOnTime;
    /** min */
    public int minOffTime;
    /** min */
    public int minOnTimePerDay;
    /** {@code HH:mm}, {@code 24:00} or {@code SUNSET} */
    public String dailyDeadline = "24:00";
    /** W, manager level */
    public double offset;
    /** %, manager level */
    public double minSoc;
}
