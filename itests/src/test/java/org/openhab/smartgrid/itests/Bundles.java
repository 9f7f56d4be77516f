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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Installing and starting bundles from jar files, with the framework's reason in every failure: shared by the OSGi
 * runtimes of the itests (Felix with the stand-in, Equinox with openHAB's real bundles). Only OSGi's own API is
 * used, so it works with either framework on the class path.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class Bundles {

    private Bundles() {
    }

    /** Installs a bundle from a jar file (not started). */
    public static Bundle install(BundleContext context, Path jar) throws BundleException, IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            return context.installBundle(jar.toUri().toString(), in);
        }
    }

    /** Starts a bundle (a fragment is left as it is), failing with its name and the framework's reason. */
    public static void start(Bundle bundle) throws BundleException {
        if (isFragment(bundle)) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new BundleException(bundle.getSymbolicName() + " does not start: " + e.getMessage(), e);
        }
    }

    public static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    /** @return every bundle that is not ACTIVE (a fragment: not RESOLVED), with its version and state */
    public static List<String> inactive(BundleContext context) {
        List<String> inactive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != (isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE)) {
                inactive.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " in state " + bundle.getState());
            }
        }
        return inactive;
    }
}
