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
package org.openhab.smartgrid.core.config;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The kind of value a {@link Parameter} takes, as openHAB's configuration descriptions know them.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public enum ParameterType {
    /** A word or text; with options, one of them. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A number. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN
}
