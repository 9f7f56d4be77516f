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
package org.openhab.automation.energymanager.internal.handler;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.openhab.smartgrid.core.LoadCommand;

/**
 * The outputs a load trigger hands to its rule.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class TriggerOutputs {

    /** The connection type of a command, as the input of openHAB's {@code core.ItemCommandAction} declares it. */
    public static final String TYPE_COMMAND = "command";
    /** The connection type of a state, as the input of openHAB's {@code core.ItemStateUpdateAction} declares it. */
    public static final String TYPE_STATE = "state";

    /** {@link OnOffType}: ON = run the load (energy manager) or shed it (load manager). */
    public static final String COMMAND = "command";
    /** {@link StringType}: the reason code, e.g. {@code SURPLUS} or {@code SHED_PEAK}. */
    public static final String REASON = "reason";
    /** {@link DateTimeType}: when the output could change next; {@code UNDEF} when nothing is planned. */
    public static final String NEXT_CHANGE = "nextChange";
    /** {@link StringType}: the arithmetic behind the decision. */
    public static final String DETAIL = "detail";

    private TriggerOutputs() {
        // static only
    }

    public static Map<String, State> of(LoadCommand command) {
        java.time.Instant next = command.nextChange();
        return Map.of(COMMAND, OnOffType.from(command.on()), REASON, new StringType(command.reason().name()),
                NEXT_CHANGE, next == null ? UnDefType.UNDEF : new DateTimeType(next), DETAIL,
                new StringType(command.detail()));
    }
}
