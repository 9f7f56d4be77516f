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
package org.openhab.automation.energymanager.internal.config;

import static org.openhab.automation.energymanager.internal.EnergyManagerConstants.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.smartgrid.core.config.Parameter;
import org.openhab.smartgrid.core.config.ParameterSet;
import org.openhab.smartgrid.core.energy.EnergyManagerParameters;
import org.openhab.smartgrid.core.energy.SurplusLoadParameters;
import org.openhab.smartgrid.core.load.LoadManagerParameters;
import org.openhab.smartgrid.core.load.SheddableLoadParameters;

/**
 * The parameters of every module type of the add-on, once: the module types the rule editor shows are built from
 * them, and the module handlers read a module's configuration with them, refusing a name that is none of them. The
 * triggers take the core's parameter model as it is (a load's and its manager's parameters in one configuration);
 * the actions and the condition have a few parameters of their own.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public final class ModuleParameters {

    /**
     * {@code energymanager.SurplusLoad}: the names first, then where the data comes from, the load's parameters and
     * its manager's.
     */
    public static final ParameterSet SURPLUS_LOAD = trigger("SurplusLoad trigger", EnergyManagerParameters.WIRING,
            SurplusLoadParameters.WIRING, SurplusLoadParameters.LOAD, EnergyManagerParameters.MANAGER,
            SurplusLoadParameters.STATUS.plus(EnergyManagerParameters.STATUS));
    /** {@code energymanager.PeakLoad}, in the same order. */
    public static final ParameterSet PEAK_LOAD = trigger("PeakLoad trigger", LoadManagerParameters.WIRING,
            SheddableLoadParameters.WIRING, SheddableLoadParameters.LOAD, LoadManagerParameters.MANAGER,
            SheddableLoadParameters.STATUS.plus(LoadManagerParameters.STATUS));

    /**
     * What every load of one energy manager must give alike: its meters and the manager's parameters. Its status
     * items are not among them: any one load may name them (see {@code ManagerAdapter}).
     */
    public static final List<Parameter<?>> SURPLUS_SHARED = shared(EnergyManagerParameters.MANAGER_NAME,
            EnergyManagerParameters.WIRING, EnergyManagerParameters.STATUS, EnergyManagerParameters.MANAGER);
    /** What every load of one load manager must give alike. */
    public static final List<Parameter<?>> PEAK_SHARED = shared(LoadManagerParameters.MANAGER_NAME,
            LoadManagerParameters.WIRING, LoadManagerParameters.STATUS, LoadManagerParameters.MANAGER);

    public static final Parameter<String> MANAGER = Parameter.name("manager", "energy")
            .text("Energy Manager", "The energy manager's name.").build();
    public static final Parameter<String> LOAD = Parameter.name("load", null)
            .text("Load Name", "The load's name in the manager.").build();
    public static final Parameter<Duration> FORCE_DURATION = Parameter.duration("duration", "min", 60, 0, null)
            .text("Duration", "min the load is forced on, from its switch-on; 0: on while held, until ReleaseLoad.")
            .build();
    /** The LockManager action's manager: an energy manager or a load manager (both when the name is both). */
    public static final Parameter<String> LOCKED_MANAGER = Parameter.name("manager", "energy")
            .text("Manager", "The energy manager's or load manager's name (both when both have it).").build();
    public static final Parameter<Boolean> LOCK = Parameter.flag("lock", true).text("Lock",
            "true: an energy manager starts nothing, running loads stop once their min on time allows; a load manager "
                    + "is off: it sheds nothing and gives back every shed once its min shed time allows; false: on "
                    + "again.")
            .build();
    public static final Parameter<Double> SURPLUS = Parameter.decimal("power", "W", null, null, null)
            .text("Surplus", "W of surplus at least.").build();
    public static final Parameter<Duration> HELD_FOR = Parameter.duration("duration", "s", 0, 0, 3600)
            .text("For at Least", "s the surplus must have held.").build();

    public static final ParameterSet FORCE_LOAD = new ParameterSet("ForceLoad action",
            List.of(MANAGER, LOAD, FORCE_DURATION));
    public static final ParameterSet RELEASE_LOAD = new ParameterSet("ReleaseLoad action", List.of(MANAGER, LOAD));
    public static final ParameterSet LOCK_MANAGER = new ParameterSet("LockManager action",
            List.of(LOCKED_MANAGER, LOCK));
    public static final ParameterSet SURPLUS_AVAILABLE = new ParameterSet("SurplusAvailable condition",
            List.of(MANAGER, SURPLUS, HELD_FOR));

    /** Every module type's parameters, by the module type's UID. */
    public static final Map<String, ParameterSet> BY_MODULE_TYPE = Map.of(SURPLUS_LOAD_TRIGGER, SURPLUS_LOAD,
            PEAK_LOAD_TRIGGER, PEAK_LOAD, FORCE_LOAD_ACTION, FORCE_LOAD, RELEASE_LOAD_ACTION, RELEASE_LOAD,
            LOCK_MANAGER_ACTION, LOCK_MANAGER, SURPLUS_AVAILABLE_CONDITION, SURPLUS_AVAILABLE);

    private ModuleParameters() {
    }

    /**
     * @param managerWiring the manager's name, meters and status items; its first parameter, the manager's name,
     *            comes first
     * @param loadWiring the load's name and items; its first parameter, the load's name, comes second
     * @param status the status items of both wirings: they come last, after what configures the manager, as what
     *            the trigger gives back rather than what it takes
     */
    private static ParameterSet trigger(String subject, ParameterSet managerWiring, ParameterSet loadWiring,
            ParameterSet load, ParameterSet manager, ParameterSet status) {
        Set<Parameter<?>> ordered = new LinkedHashSet<>();
        ordered.add(managerWiring.parameters().iterator().next());
        ordered.add(loadWiring.parameters().iterator().next());
        for (ParameterSet set : List.of(managerWiring, loadWiring, load, manager)) {
            ordered.addAll(set.parameters());
        }
        ordered.removeAll(status.parameters());
        ordered.addAll(status.parameters());
        return new ParameterSet(subject, new ArrayList<>(ordered));
    }

    private static List<Parameter<?>> shared(Parameter<String> managerName, ParameterSet wiring, ParameterSet status,
            ParameterSet manager) {
        List<Parameter<?>> shared = new ArrayList<>(wiring.parameters());
        shared.remove(managerName);
        shared.removeAll(status.parameters());
        shared.addAll(manager.parameters());
        return List.copyOf(shared);
    }
}
