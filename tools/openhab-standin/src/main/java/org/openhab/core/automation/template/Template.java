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
package org.openhab.core.automation.template;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Visibility;
import org.openhab.core.common.registry.Identifiable;

/**
 * A ready-made definition from which automation objects are created.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Template extends Identifiable<String> {

    @Override
    String getUID();

    /** @return the tags */
    Set<String> getTags();

    /** @return the label, if any */
    @Nullable
    String getLabel();

    /** @return the description, if any */
    @Nullable
    String getDescription();

    /** @return the visibility */
    Visibility getVisibility();
}
