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
package org.openhab.core.config.core;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One allowed value of a configuration parameter, with its label.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
public class ParameterOption {

    private String value;
    private String label;

    /** For deserialization only. */
    protected ParameterOption() {
        this("", "");
    }

    /** Creates an option. */
    public ParameterOption(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** @return the value */
    public String getValue() {
        return value;
    }

    /** @return the label */
    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " [value=\"" + value + "\", label=\"" + label + "\"]";
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ParameterOption other && value.equals(other.value) && label.equals(other.label);
    }
}
