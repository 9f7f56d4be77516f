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
package org.openhab.smartgrid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiDiff} finds each kind of drift {@link StandInApiTest} looks for, on two hand-made versions of a class
 * (runs in the default build, without openHAB's jars).
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ApiDiffTest {

    private static final String STAND_IN = StandInUid.class.getName();
    private static final String FILTER = StandInFilter.class.getName();

    @Test
    void everyKindOfDifferenceIsOneLine() {
        ApiDiff diff = new ApiDiff("real");
        diff.compare(StandInUid.class, RealUid.class);
        diff.compare(StandInFilter.class, RealFilter.class);

        assertEquals(List.of( //
                FILTER + ".filter(): abstract in the stand-in, default in real", //
                STAND_IN + ".<init>(java.lang.String): public in the stand-in, protected in real", //
                STAND_IN + ".PATTERN: of type java.lang.String in the stand-in, "
                        + "of type java.util.regex.Pattern in real",
                STAND_IN + ".PATTERN: public in the stand-in, private in real", //
                STAND_IN + ".TYPE: = \"a\" in the stand-in, = \"b\" in real", //
                STAND_IN + ".as(java.lang.Class): throws [java.io.IOException] in the stand-in, throws [] in real",
                STAND_IN + ".isReadOnly(): returns java.lang.Boolean in the stand-in, returns boolean in real",
                STAND_IN + ".join(java.lang.String[]): varargs in the stand-in, not varargs in real",
                STAND_IN + ".legacy(): missing in real", //
                STAND_IN + ".list(): returns java.util.List<java.lang.String> in the stand-in, "
                        + "returns java.util.List<java.lang.Object> in real",
                STAND_IN + ".minimal(): abstract in real, missing in the stand-in", //
                STAND_IN + ".segment(int): overridable in the stand-in, final in real"), diff.differences());
        assertEquals(2, diff.classes());
        assertEquals(11, diff.members(), "constructor, 7 methods and 2 fields of the class, 1 method of the interface");
    }

    @Test
    void aClassMatchesItselfAndAMissingClassIsNamed() {
        ApiDiff diff = new ApiDiff("real");
        diff.compare(StandInUid.class, StandInUid.class);
        diff.compare(RealFilter.class, RealFilter.class);
        assertEquals(List.of(), diff.differences());

        diff.missing(StandInFilter.class);
        assertEquals(List.of(FILTER + ": missing in real"), diff.differences());
    }

    @Test
    void onlyPublicAndProtectedNamedClassesAreApi() {
        Object anonymous = new Object() {
        };
        assertTrue(ApiDiff.isApi(Map.Entry.class));
        assertFalse(ApiDiff.isApi(StandInUid.class), "public, but in a package-private class");
        assertFalse(ApiDiff.isApi(Hidden.class));
        assertFalse(ApiDiff.isApi(anonymous.getClass()));
    }

    /** What the stand-in declares. */
    public abstract static class StandInUid {
        public static final String PATTERN = "[a-z]*";
        public static final String TYPE = "a";

        public StandInUid(String uid) {
        }

        public @Nullable Boolean isReadOnly() {
            return null;
        }

        public String join(String... parts) {
            return String.join(":", parts);
        }

        public <T> @Nullable T as(Class<T> type) throws IOException {
            return null;
        }

        public List<String> list() {
            return List.of();
        }

        public void legacy() {
        }

        public String segment(int index) {
            return "";
        }

        @Override
        public String toString() {
            return TYPE;
        }
    }

    /** What the real implementation declares. */
    public abstract static class RealUid {
        private static final Pattern PATTERN = Pattern.compile("[a-z]*");
        public static final String TYPE = "b";

        protected RealUid(String uid) {
        }

        public boolean isReadOnly() {
            return PATTERN.matcher("").matches();
        }

        public String join(String[] parts) {
            return String.join(":", parts);
        }

        public <T> @Nullable T as(Class<T> type) throws IllegalArgumentException {
            return null;
        }

        public List<Object> list() {
            return List.of();
        }

        public final String segment(int index) {
            return "";
        }

        protected abstract int minimal();
    }

    /** An interface of the stand-in. */
    public interface StandInFilter {
        String filter();
    }

    /** The real interface, with a default method. */
    public interface RealFilter {
        default String filter() {
            return "";
        }
    }

    /** Not part of any API. */
    static class Hidden {
    }
}
