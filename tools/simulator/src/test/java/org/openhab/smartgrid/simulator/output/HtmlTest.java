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
package org.openhab.smartgrid.simulator.output;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The one HTML escaper of the simulator's pages.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class HtmlTest {

    @Test
    void theFiveCharactersThatBreakTextOrAQuotedAttributeAreEscaped() {
        assertEquals("&lt;a title=&quot;Tom &amp; Jerry&#39;s&quot;&gt;", Html.escape("<a title=\"Tom & Jerry's\">"));
        assertEquals("heatpump boost 20 °C", Html.escape("heatpump boost 20 °C"), "everything else stays");
    }
}
