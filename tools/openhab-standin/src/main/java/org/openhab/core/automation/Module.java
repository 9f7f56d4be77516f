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
package org.openhab.core.automation;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;

/**
 * A building block of a rule: a trigger, condition or action of some module type, with its configuration.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Module {

    /** @return the module's id, unique within its rule */
    String getId();

    /** @return the UID of the module type */
    String getTypeUID();

    /** @return the label, if any */
    @Nullable
    String getLabel();

    /** @return the description, if any */
    @Nullable
    String getDescription();

    /** @return the configuration */
    Configuration getConfiguration();
}
