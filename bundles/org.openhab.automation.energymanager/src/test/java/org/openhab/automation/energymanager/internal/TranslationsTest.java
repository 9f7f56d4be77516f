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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.smartgrid.core.testkit.Translations;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class TranslationsTest {

    @ParameterizedTest(name = "energymanager_{0}.properties has every key of energymanager.properties, translated")
    @ValueSource(strings = { "nl", "de" })
    void everyTranslationHasEveryKeyWithItsOwnText(String locale) {
        Translations.assertCompleteTranslation(TranslationsTest.class, "energymanager", locale);
    }
}
