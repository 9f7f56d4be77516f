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
package org.openhab.smartgrid.simulator.model;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * A deliberately simple heat pump that reacts to the SG-Ready mode, so that locks and boosts have visible
 * consequences in a replay.
 * <p>
 * Two stores: the tap water tank (cooled by draws and losses) and the buffer tank (cooled by the space heating
 * demand and losses). Each has a start/stop hysteresis; tap water has priority. The mode sets the targets:
 * <ul>
 * <li>NORMAL: tap water {@code normalStart/normalStop}, buffer {@code bufferNormalTarget};</li>
 * <li>COMFORT: tap water {@code comfortStart/comfortStop} (45/60 °C), buffer 2 K above normal (room comfort
 * value);</li>
 * <li>BOOST: tap water {@code boostStart/boostStop} (55/65 °C), buffer {@code bufferBoostTarget} (55 °C);</li>
 * <li>EVU: the compressor is blocked; the stores keep cooling and the demand resumes after the lock.</li>
 * </ul>
 * The model keeps no clock: the caller passes each interval's length.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class HeatPumpModel {

    /** J per litre and kelvin (water). */
    private static final double WATER_HEAT_CAPACITY = 4186.0;
    /** COMFORT raises the room value, here modelled as a warmer buffer. */
    private static final double COMFORT_BUFFER_RAISE = 2.0;

    private final HeatPumpParams params;
    private double tank;
    private double buffer;
    private boolean tapDemand;
    private boolean bufferDemand;
    private HeatPumpTask task = HeatPumpTask.IDLE;
    /**
     * The status last built, null once the task or a temperature changed: a replay asks for the status before and
     * after each decision, and most decisions keep the task.
     */
    private @Nullable HeatPumpStatus status;

    public HeatPumpModel(HeatPumpParams params) {
        this.params = params;
        this.tank = params.initialTankTemperature();
        this.buffer = params.initialBufferTemperature();
    }

    /** @return the state now: what the compressor does during the interval that starts now */
    public HeatPumpStatus status() {
        HeatPumpStatus current = status;
        if (current == null) {
            current = new HeatPumpStatus(task, electricPower(), tank, buffer);
            status = current;
        }
        return current;
    }

    /** @return what the compressor does now */
    public HeatPumpTask task() {
        return task;
    }

    /** @return the tap water tank's temperature now (°C) */
    public double tankTemperature() {
        return tank;
    }

    /** @return the buffer tank's temperature now (°C) */
    public double bufferTemperature() {
        return buffer;
    }

    /** @return W drawn from the grid during the current task */
    public double electricPower() {
        return task.compressorOn() ? params.electricPower() : 0.0;
    }

    /**
     * Chooses what the compressor does under {@code mode} from the current temperatures. Call it at the start of
     * an interval, then {@link #advance(Duration, double)} over that interval.
     *
     * @return the status for the interval
     */
    public HeatPumpStatus decide(SgMode mode) {
        follow(mode);
        return status();
    }

    /**
     * {@link #decide(SgMode)} without building the status: a replay reads the model's figures ({@link #task()},
     * {@link #electricPower()}, the temperatures) at every sample instead of a new status object.
     */
    public void follow(SgMode mode) {
        double tapStart = switch (mode) {
            case COMFORT -> params.comfortStart();
            case BOOST -> params.boostStart();
            default -> params.normalStart();
        };
        double tapStop = switch (mode) {
            case COMFORT -> params.comfortStop();
            case BOOST -> params.boostStop();
            default -> params.normalStop();
        };
        double bufferTarget = switch (mode) {
            case COMFORT -> params.bufferNormalTarget() + COMFORT_BUFFER_RAISE;
            case BOOST -> params.bufferBoostTarget();
            default -> params.bufferNormalTarget();
        };
        tapDemand = tapDemand ? tank < tapStop : tank < tapStart;
        bufferDemand = bufferDemand ? buffer < bufferTarget : buffer < bufferTarget - params.bufferHysteresis();
        HeatPumpTask next;
        if (mode == SgMode.EVU) {
            next = tapDemand || bufferDemand ? HeatPumpTask.BLOCKED : HeatPumpTask.IDLE;
        } else if (tapDemand) {
            next = HeatPumpTask.TAP_WATER;
        } else if (bufferDemand) {
            next = HeatPumpTask.BUFFER;
        } else {
            next = HeatPumpTask.IDLE;
        }
        if (next != task) {
            task = next;
            status = null;
        }
    }

    /**
     * Lets {@code interval} pass with the task chosen by the last {@link #decide(SgMode)}.
     *
     * @param drawLiters hot water drawn during the interval, replaced by cold water
     */
    public void advance(Duration interval, double drawLiters) {
        advance(SimulationStep.seconds(interval), drawLiters);
    }

    /**
     * {@link #advance(Duration, double)} for an interval of {@code seconds} (its milliseconds / 1000): a replay
     * works the seconds out once for every sample of a fixed-rate trace.
     */
    public void advance(double seconds, double drawLiters) {
        double heat = params.cop() * electricPower() * seconds;
        double tankIn = task == HeatPumpTask.TAP_WATER ? heat : 0.0;
        double bufferIn = task == HeatPumpTask.BUFFER ? heat : 0.0;

        double tankLoss = params.tankLoss() * (tank - params.ambientTemperature()) * seconds;
        tank += (tankIn - tankLoss) / (params.tankLiters() * WATER_HEAT_CAPACITY);
        double drawn = Math.min(Math.max(drawLiters, 0.0), params.tankLiters());
        tank = (tank * (params.tankLiters() - drawn) + params.coldWaterTemperature() * drawn) / params.tankLiters();

        double bufferLoss = (params.tankLoss() * (buffer - params.ambientTemperature()) + params.spaceHeatingDemand())
                * seconds;
        buffer += (bufferIn - bufferLoss) / (params.bufferLiters() * WATER_HEAT_CAPACITY);
        // an empty buffer means a cold house, not water below room temperature
        buffer = Math.max(buffer, params.ambientTemperature());
        status = null;
    }
}
