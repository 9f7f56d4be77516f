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
package org.openhab.smartgrid.itests.openhab.probe;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the probe: gives openHAB the service configuration its distribution gives it (start levels: without them
 * neither the rule engine nor the Things' handlers start; optimistic auto-updates), sets the regional settings a user
 * sets (time zone and location: SUNSET needs it), and registers the scenario service.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class ProbeActivator implements BundleActivator {

    private static final String START_LEVEL_PID = "org.openhab.startlevel";
    /**
     * The start levels of openHAB's distribution (runtime/services.cfg of 4.3.11 and 5.2.1) with the markers of the
     * bundles this runtime has: the rule engine starts at 50, the Things' handlers at 30. The distribution's markers of
     * bundles not installed here (DSL and YAML files, persistence, scripting, sitemaps) are left out; level 30 has only
     * such markers there, so here it waits for what level 20 waits for.
     */
    private static final Map<String, String> START_LEVELS = Map.of( //
            "20", "managed:item,managed:thing,managed:itemchannellink,managed:metadata", //
            "30", "managed:item,managed:thing,managed:itemchannellink,managed:metadata", //
            "40", "managed:rule", //
            "50", "ruleengine:start", //
            "80", "things:handler");
    /** As openHAB's distribution: an item linked to a Thing's channel gets the predicted state at once. */
    private static final String AUTOUPDATE_PID = "org.openhab.autoupdate";
    /** openHAB's regional settings (Settings, Regional Settings in the UI): a house in Brussels. */
    private static final String I18N_PID = "org.openhab.i18n";

    private @Nullable ServiceRegistration<?> registration;
    private @Nullable Scenarios scenarios;

    @Override
    public void start(BundleContext context) throws Exception {
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> configurationAdmin = Await.tracker(context,
                ConfigurationAdmin.class);
        try {
            ConfigurationAdmin admin = Objects.requireNonNull(configurationAdmin.getService());
            configure(admin, START_LEVEL_PID, START_LEVELS);
            configure(admin, AUTOUPDATE_PID, Map.of("sendOptimisticUpdates", "true"));
            configure(admin, I18N_PID, Map.of("language", "en", "region", "BE", "timezone", "Europe/Brussels",
                    "location", "50.85,4.35"));
        } finally {
            configurationAdmin.close();
        }

        Scenarios created = new Scenarios(context);
        scenarios = created;
        Dictionary<String, Object> marker = new Hashtable<>();
        marker.put(ProbeContract.PROPERTY, Boolean.TRUE);
        Function<Object, Object> service = created::run;
        registration = context.registerService(Function.class.getName(), service, marker);
    }

    private static void configure(ConfigurationAdmin admin, String pid, Map<String, String> values)
            throws IOException {
        Configuration configuration = admin.getConfiguration(pid, "?");
        configuration.update(new Hashtable<String, Object>(values));
    }

    @Override
    public void stop(BundleContext context) {
        ServiceRegistration<?> current = registration;
        if (current != null) {
            current.unregister();
        }
        Scenarios created = scenarios;
        if (created != null) {
            created.close();
        }
    }
}
