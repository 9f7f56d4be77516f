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
package org.openhab.binding.thermia.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.smartgrid.core.SgStepResult;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Rule actions of a {@code thermia:heatpump} Thing (scope {@code thermia}): force a mode by hand, release it, and
 * read the effective mode and the next relay change. Failures are exceptions with a message that says what to do:
 * {@link IllegalArgumentException} for a bad argument, {@link IllegalStateException} when the Thing is not running.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = ThermiaActions.class)
@ThingActionsScope(name = "thermia")
public class ThermiaActions implements ThingActions {

    private @Nullable ThermiaHandler handler;

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handler instanceof ThermiaHandler thermia) {
            this.handler = thermia;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    /**
     * Forces a mode by hand, like a command to channel {@code sg-mode}, but with its own expiry.
     *
     * @param mode NORMAL, COMFORT, EVU, BOOST, or AUTO to release the override
     * @param minutes how long the mode holds; null or 0 until AUTO
     * @return the effective mode after the change (the guards may defer it: see {@link #getNextChangeAllowed()})
     * @throws IllegalArgumentException for an unknown mode or negative minutes
     * @throws IllegalStateException when the Thing is not running
     */
    @RuleAction(label = "@text/action.thermia.setMode.label", description = "@text/action.thermia.setMode.description")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "@text/action.thermia.output.effectiveMode.label") String setMode(
            @ActionInput(name = "mode", type = "java.lang.String", label = "@text/action.thermia.input.mode.label", description = "@text/action.thermia.input.mode.description", required = true) @Nullable String mode,
            @ActionInput(name = "minutes", type = "java.lang.Integer", label = "@text/action.thermia.input.minutes.label", description = "@text/action.thermia.input.minutes.description") @Nullable Integer minutes) {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required: one of " + ModeOverride.ALLOWED);
        }
        ModeOverride override = ModeOverride.parse(mode);
        int holdMinutes = minutes == null ? 0 : minutes;
        if (holdMinutes < 0) {
            throw new IllegalArgumentException("minutes must be 0 (until AUTO) or more, was " + holdMinutes);
        }
        return running().applyOverride(override, holdMinutes == 0 ? null : Duration.ofMinutes(holdMinutes))
                .effective().name();
    }

    /**
     * Returns control to the automatic sources, like the command {@code AUTO} on channel {@code sg-mode}.
     *
     * @return the effective mode after the change
     */
    @RuleAction(label = "@text/action.thermia.releaseOverride.label", description = "@text/action.thermia.releaseOverride.description")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "@text/action.thermia.output.effectiveMode.label") String releaseOverride() {
        return running().applyOverride(new ModeOverride.Release(), null).effective().name();
    }

    /** @return the mode on the relays: NORMAL, COMFORT, EVU or BOOST */
    @RuleAction(label = "@text/action.thermia.getEffectiveMode.label", description = "@text/action.thermia.getEffectiveMode.description")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "@text/action.thermia.output.effectiveMode.label") String getEffectiveMode() {
        return step().effective().name();
    }

    /**
     * @return when the relays switch next to a mode the guards hold back, in openHAB's time zone; null when no
     *         change is pending (the relays show what is wanted, or a lock budget keeps them as they are)
     */
    @RuleAction(label = "@text/action.thermia.getNextChangeAllowed.label", description = "@text/action.thermia.getNextChangeAllowed.description")
    public @ActionOutput(name = "result", type = "java.time.ZonedDateTime", label = "@text/action.thermia.output.nextChange.label") @Nullable ZonedDateTime getNextChangeAllowed() {
        ThermiaHandler current = running();
        Instant next = step().nextChangeAt();
        return next == null ? null : next.atZone(current.clock().getZone());
    }

    private ThermiaHandler running() {
        ThermiaHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("The thermia actions are not bound to a thermia:heatpump Thing");
        }
        return current;
    }

    private SgStepResult step() {
        ThermiaHandler current = running();
        return current.lastStep().orElseThrow(() -> new IllegalStateException(
                "Thing " + current.getThing().getUID() + " is not running: check its status and configuration"));
    }

    // static wrappers for DSL rules

    public static String setMode(ThingActions actions, @Nullable String mode, @Nullable Integer minutes) {
        return of(actions).setMode(mode, minutes);
    }

    public static String setMode(ThingActions actions, @Nullable String mode) {
        return of(actions).setMode(mode, null);
    }

    public static String releaseOverride(ThingActions actions) {
        return of(actions).releaseOverride();
    }

    public static String getEffectiveMode(ThingActions actions) {
        return of(actions).getEffectiveMode();
    }

    public static @Nullable ZonedDateTime getNextChangeAllowed(ThingActions actions) {
        return of(actions).getNextChangeAllowed();
    }

    private static ThermiaActions of(ThingActions actions) {
        if (actions instanceof ThermiaActions thermia) {
            return thermia;
        }
        throw new IllegalArgumentException("Actions are not of the thermia binding: " + actions.getClass().getName());
    }
}
