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
package org.openhab.automation.energymanager.internal.manager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.LoadCommand;

/**
 * Receives the commands a manager decides for one load: the first one, then every change of the output.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface LoadListener {

    void commandChanged(LoadCommand command);
}
