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
package org.openhab.automation.energymanager.internal;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.smartgrid.core.testkit.OhInfSchemas;

/**
 * Every XML file of this add-on's OH-INF folder is valid for openHAB's schemas of every supported version.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class OhInfSchemaTest {

    @ParameterizedTest(name = "{1} is valid for openHAB {0}")
    @MethodSource("org.openhab.smartgrid.core.testkit.OhInfSchemas#cases")
    void isValidForTheSchemaOfTheVersion(String version, Path file) {
        OhInfSchemas.assertValid(version, file);
    }
}
