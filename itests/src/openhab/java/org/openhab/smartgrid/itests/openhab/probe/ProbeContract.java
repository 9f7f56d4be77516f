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
package org.openhab.smartgrid.itests.openhab.probe;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the JUnit side and the probe bundle agree on, in JDK types only (the JUnit side loads this class itself; it
 * must never load one of openHAB's). The probe registers a {@code java.util.function.Function<Object, Object>} with
 * the service property {@link #PROPERTY}; its argument is a {@code String[]}: the scenario's name, then its arguments.
 * It returns a report (a String) or throws what failed.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ProbeContract {

    /** The service property that marks the probe's scenario service. */
    public static final String PROPERTY = "smartgrid.itests.probe";
    /** The probe bundle's activator. */
    public static final String ACTIVATOR = "org.openhab.smartgrid.itests.openhab.probe.ProbeActivator";

    private ProbeContract() {
    }
}
