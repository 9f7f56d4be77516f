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
package org.openhab.smartgrid.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

import picocli.CommandLine.Option;

/**
 * The {@code --engine} option shared by the commands that simulate.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class EngineOption {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "CORE",
            description = "Which engine decides: CORE (the add-ons' engine, default) or PLACEHOLDER (a naive "
                    + "stand-in, NOT what the add-ons would do; outputs say so). Values: ${COMPLETION-CANDIDATES}.")
    EngineChoice engine = EngineChoice.CORE;

    /** @return the chosen engine */
    public EngineChoice choice() {
        return engine;
    }
}
