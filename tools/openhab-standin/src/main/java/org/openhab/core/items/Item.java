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
package org.openhab.core.items;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.types.State;

/**
 * An item: a named value users and rules work with. Stand-in subset: in tests, mock it rather than implement it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface Item extends Identifiable<String> {

    /** @return the current state */
    State getState();

    /** @return the current state converted to {@code typeClass}, or {@code null} when it cannot be */
    <T extends State> @Nullable T getStateAs(Class<T> typeClass);

    /** @return the item name */
    String getName();

    /** @return the item type, e.g. {@code Number:Power} */
    String getType();

    /** @return the names of the groups the item belongs to */
    List<String> getGroupNames();

    /** @return the tags */
    Set<String> getTags();

    /** @return the label, if any */
    @Nullable
    String getLabel();

    /** @return whether the item has the tag */
    boolean hasTag(String tag);

    /** @return the category, if any */
    @Nullable
    String getCategory();
}
