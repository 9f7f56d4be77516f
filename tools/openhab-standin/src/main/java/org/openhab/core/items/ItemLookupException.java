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

/**
 * Parent of the exceptions of item lookups.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public abstract class ItemLookupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param string the message */
    public ItemLookupException(String string) {
        super(string);
    }
}
