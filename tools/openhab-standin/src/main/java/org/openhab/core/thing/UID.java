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
package org.openhab.core.thing;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.AbstractUID;

/**
 * Base of the identifiers that start with a binding id.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public abstract class UID extends AbstractUID {

    /** For reflection-based creation only. */
    public UID() {
        super();
    }

    /** @param uid the segments joined by {@code :} */
    public UID(String uid) {
        super(uid);
    }

    /** @param segments the segments */
    public UID(String... segments) {
        super(segments);
    }

    /** @param segments the segments */
    protected UID(List<String> segments) {
        super(segments);
    }

    /** @return the first segment: the binding id */
    public String getBindingId() {
        return getSegment(0);
    }

    // the overrides below let bindings use UIDs without importing org.openhab.core.common

    @Override
    protected List<String> getAllSegments() {
        return super.getAllSegments();
    }

    @Override
    public String toString() {
        return super.toString();
    }

    @Override
    public String getAsString() {
        return super.getAsString();
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return super.equals(obj);
    }
}
