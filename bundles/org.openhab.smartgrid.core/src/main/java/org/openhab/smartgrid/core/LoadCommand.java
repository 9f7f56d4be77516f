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
package org.openhab.smartgrid.core;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a manager tells one load after a step: switch it on or off, why, and when the next change could come.
 * <p>
 * For the energy manager {@code on} means "run the load"; for the load manager it means "shed the load" (the
 * rule's output item is commanded ON to shed), as the automation add-on documents.
 *
 * @param load the load's name
 * @param on the wanted output state
 * @param reason why the output is what it is
 * @param nextChange the earliest instant the output could change without new input, or null when only new input
 *            can change it
 * @param detail the arithmetic behind the decision, for logs and the simulator timeline
 *            (e.g. {@code "surplus 3400 W >= switch-on 3000 W"})
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record LoadCommand(String load, boolean on, Reason reason, @Nullable Instant nextChange, String detail) {
}
