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
package org.openhab.smartgrid.core.testkit;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Runs a property over many seeded random cases and, when one fails, says which seed reproduces it.
 * <p>
 * Each run draws a fresh base seed (printed), unless {@code -Dsmartgrid.seed=N} fixes it. Case {@code i} uses
 * the seed {@code base + i}, so a failing case is replayed alone with {@code -Dsmartgrid.seed=<case seed>
 * -Dsmartgrid.cases=1}. {@code -Dsmartgrid.cases=N} overrides the number of cases of every property.
 *
 * <pre>
 * PropertyCheck.forAll("lock never shorter than hold", 10_000, random -> { ... assertions ... });
 * </pre>
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class PropertyCheck {

    public static final String SEED_PROPERTY = "smartgrid.seed";
    public static final String CASES_PROPERTY = "smartgrid.cases";

    private PropertyCheck() {
    }

    /**
     * Runs {@code property} for {@code cases} random cases (or the number given by {@value #CASES_PROPERTY}).
     *
     * @param name what the property states, used in messages
     * @param cases how many cases to try
     * @param property a check that throws (usually an {@link AssertionError}) when the property does not hold
     * @return the number of cases run
     * @throws AssertionError naming the property, the failing case's seed and how to replay it
     */
    public static int forAll(String name, int cases, Consumer<SplittableRandom> property) {
        long base = baseSeed();
        int count = Integer.getInteger(CASES_PROPERTY, cases);
        System.out.printf("property '%s': %d cases from seed %d%n", name, count, base);
        for (int i = 0; i < count; i++) {
            long seed = base + i;
            try {
                property.accept(new SplittableRandom(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(
                        "property '%s' failed on case %d of %d with seed %d; replay with -D%s=%d -D%s=1: %s", name,
                        i + 1, count, seed, SEED_PROPERTY, seed, CASES_PROPERTY, e.getMessage()), e);
            }
        }
        return count;
    }

    /** @return the seed set by {@value #SEED_PROPERTY}, or a fresh one when unset, empty or not a number */
    public static long baseSeed() {
        String value = System.getProperty(SEED_PROPERTY, "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return new SplittableRandom().nextLong() >>> 1;
        }
    }
}
