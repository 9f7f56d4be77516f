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
package org.openhab.smartgrid.simulator.sizing;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.guard.GuardParameters;
import org.openhab.smartgrid.core.sizing.ControllableConsumer;
import org.openhab.smartgrid.core.sizing.HeatPumpSizing;
import org.openhab.smartgrid.simulator.openhab.OpenhabFiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sizing page's "Settings for openHAB": every value it proposes appears with its parameter's name in the table,
 * the Code tab's YAML and the .things line; each name is a parameter of the Thermia Thing's descriptor (read from
 * the binding's thing-types.xml, so the test follows the descriptor), with the descriptor's unit and within its range;
 * and the lock budget the settings give stays within the design lock, as the binding checks it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class OpenhabSettingsTest {

    private static final Path THING_TYPES = Path
            .of("../../bundles/org.openhab.binding.thermia/src/main/resources/OH-INF/thing/thing-types.xml");
    private static final Pattern ROW = Pattern.compile(
            "<tr><td><code>([A-Za-z0-9]+)</code></td><td class=\"num\">([^<]*)</td><td>([^<]*)</td><td>[^<]*</td></tr>");

    /** The heat pump Thing's parameters by name, from its descriptor. */
    private static final Map<String, Element> DESCRIPTOR = new HashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(THING_TYPES.toFile())
                .getDocumentElement();
        NodeList types = root.getElementsByTagName("thing-type");
        for (int t = 0; t < types.getLength(); t++) {
            Element type = (Element) types.item(t);
            if (!OpenhabFiles.THING_TYPE.equals(root.getAttribute("bindingId") + ":" + type.getAttribute("id"))) {
                continue;
            }
            NodeList parameters = type.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                DESCRIPTOR.put(parameter.getAttribute("name"), parameter);
            }
        }
        assertFalse(DESCRIPTOR.isEmpty(), "the heat pump Thing's parameters are read from " + THING_TYPES);
    }

    private static SizingReport report(double lockHours, boolean secondHeatSource, @Nullable Double capacityKw,
            @Nullable ControllableConsumer consumer) {
        return SizingReport.calculate(new HeatPumpSizing(6, 3, lockHours, List.of(), secondHeatSource), capacityKw,
                null, consumer);
    }

    /** @return the settings table of the page: value text by name, each row checked against the descriptor */
    private static Map<String, String> checkedSettings(SizingReport report) {
        String html = SizingHtml.render(report);
        int section = html.indexOf("<h2 id=\"openhab\">Settings for openHAB</h2>");
        assertTrue(section > 0, "the page has the section");
        assertEquals(-1, html.indexOf("<h2", section + 1), "and ends with it");
        String yaml = block(html, "openhab-yaml");
        String things = block(html, "openhab-things");
        assertTrue(yaml.startsWith("UID: " + OpenhabFiles.THING_UID + "\n") && yaml.contains("\nthingTypeUID: "
                + OpenhabFiles.THING_TYPE + "\nconfiguration:\n"), yaml);
        assertTrue(things.startsWith("Thing " + OpenhabFiles.THING_UID + " \"") && things.endsWith(" ]"), things);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html.substring(section));
        while (row.find()) {
            String name = row.group(1);
            String value = row.group(2);
            String unit = row.group(3);
            Element parameter = DESCRIPTOR.get(name);
            assertNotNull(parameter, name + " is a parameter of the Thing's descriptor " + DESCRIPTOR.keySet());
            assertEquals(descriptorUnit(parameter), unit, name + "'s unit as the descriptor gives it");
            BigDecimal number = new BigDecimal(value);
            assertTrue(number.compareTo(new BigDecimal(parameter.getAttribute("min"))) >= 0
                    && number.compareTo(new BigDecimal(parameter.getAttribute("max"))) <= 0,
                    name + "=" + value + " within the descriptor's range");
            if ("integer".equals(parameter.getAttribute("type"))) {
                assertEquals(0, number.scale(), name + " is a whole number");
            }
            assertTrue(yaml.contains("\n  " + name + ": " + value + "\n"), name + " in the Code tab:\n" + yaml);
            assertTrue(things.contains(" " + name + "=" + value + ",") || things.contains(" " + name + "=" + value
                    + " ]"), name + " in the .things line: " + things);
            values.put(name, value);
        }
        assertEquals(OpenhabSettings.of(report).stream().map(OpenhabSettings.Setting::name).toList(),
                List.copyOf(values.keySet()), "every proposed setting has a row");
        assertFalse(exceedsSizing(values), "the lock budget stays within the design lock: " + values);
        return values;
    }

    private static String block(String html, String id) {
        String start = "<pre id=\"" + id + "\"><code>";
        int from = html.indexOf(start);
        assertTrue(from > 0, id + " on the page");
        return html.substring(from + start.length(), html.indexOf("</code></pre>", from)).replace("&quot;", "\"");
    }

    /** @return "count" for a parameter without a unit, as the page writes it */
    private static String descriptorUnit(Element parameter) {
        NodeList unitLabel = parameter.getElementsByTagName("unitLabel");
        if (unitLabel.getLength() > 0) {
            return unitLabel.item(0).getTextContent().trim();
        }
        String unit = parameter.getAttribute("unit");
        return unit.isEmpty() ? OpenhabSettings.COUNT : unit;
    }

    /** The binding's check (SizingStatus): the guards' daily lock limit against the design lock. */
    private static boolean exceedsSizing(Map<String, String> values) {
        Map<String, Object> guards = new HashMap<>();
        values.forEach((name, value) -> {
            if (GuardParameters.GUARDS.get(name) != null) {
                guards.put(name, new BigDecimal(value));
            }
        });
        GuardConfig config = GuardParameters.config(GuardParameters.GUARDS.read(guards));
        double hours = Double.parseDouble(values.get(OpenhabSettings.DESIGN_LOCK_HOURS));
        return config.exceedsSizing(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    @Test
    void theLockHoursAndTheConnectionPowersBecomeTheThingsSettings() {
        Map<String, String> values = checkedSettings(report(4, false, null, new ControllableConsumer(5, 2)));
        assertEquals(Map.of("designLockHours", "4", "maxLocksPerDay", "3", "maxLockMinutes", "120",
                "maxLockMinutesPerDay", "240", "heatPumpPowerKw", "5", "auxiliaryHeaterPowerKw", "2"), values);
    }

    @Test
    void aGivenCapacityGivesTheLockItBearsInHalfHours() {
        // 6.6 kW demand, 10 kW heat pump: 24 h - 24 h x 6.6 / 10 = 8.16 h, down to 8 h
        Map<String, String> values = checkedSettings(report(2, false, 10.0, null));
        assertEquals("8", values.get("designLockHours"));
        assertEquals("480", values.get("maxLockMinutesPerDay"));
        assertFalse(values.containsKey("heatPumpPowerKw"), "no power given, none proposed");
    }

    @Test
    void aShortDesignLockShortensTheBlockAndNoLockStopsPeakShedding() {
        Map<String, String> half = checkedSettings(report(0.75, false, null, null));
        assertEquals(Map.of("designLockHours", "0.5", "maxLocksPerDay", "3", "maxLockMinutes", "30",
                "maxLockMinutesPerDay", "30"), half);
        Map<String, String> none = checkedSettings(report(0, false, null, null));
        assertEquals(Map.of("designLockHours", "0", "maxLocksPerDay", "0"), none);
    }

    @Test
    void aSecondHeatSourceKeepsTheLockHoursGiven() {
        Map<String, String> values = checkedSettings(report(6, true, 7.0, null));
        assertEquals("6", values.get("designLockHours"), "the boiler covers the locks, not the heat pump's capacity");
        assertEquals("360", values.get("maxLockMinutesPerDay"));
    }
}
