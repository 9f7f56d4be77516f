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
package org.openhab.core.automation;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.openhab.core.automation.handler.BaseConditionModuleHandler;
import org.openhab.core.automation.handler.BaseModuleHandlerFactory;
import org.openhab.core.automation.handler.BaseTriggerModuleHandler;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.TriggerHandlerCallback;
import org.openhab.core.automation.util.ModuleBuilder;
import org.openhab.core.config.core.Configuration;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ModuleHandlersTest {

    static final String SURPLUS = "test.Surplus";
    static final String FORCE = "test.Force";
    static final String AVAILABLE = "test.Available";

    public static class LoadConfig {
        public String manager = "default";
        public double nominalPowerWatts = 1000;
        public int priority = 1;
    }

    /** A trigger handler as an add-on writes one: it fires with an output. */
    static class SurplusTriggerHandler extends BaseTriggerModuleHandler {
        final LoadConfig config;

        SurplusTriggerHandler(Trigger module) {
            super(module);
            config = getConfigAs(LoadConfig.class);
        }

        @Nullable
        ModuleHandlerCallback currentCallback() {
            return callback;
        }

        boolean fire(String command) {
            if (callback instanceof TriggerHandlerCallback trigger) {
                trigger.triggered(module, Map.of("command", command));
                return true;
            }
            return false;
        }
    }

    static class ForceActionHandler extends BaseActionModuleHandler {
        ForceActionHandler(Action module) {
            super(module);
        }

        @Override
        public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
            return Map.of("result", "forced " + getConfig().get("load"));
        }
    }

    static class AvailableConditionHandler extends BaseConditionModuleHandler {
        AvailableConditionHandler(Condition module) {
            super(module);
        }

        @Override
        public boolean isSatisfied(Map<String, Object> context) {
            return context.get("surplus") instanceof Number surplus && surplus.doubleValue() > 0;
        }
    }

    static class CountingFactory extends BaseModuleHandlerFactory {
        final List<String> created = new ArrayList<>();

        @Override
        public Collection<String> getTypes() {
            return List.of(SURPLUS, FORCE, AVAILABLE);
        }

        @Override
        protected @Nullable ModuleHandler internalCreate(Module module, String ruleUID) {
            created.add(ruleUID + "/" + module.getId());
            return switch (module.getTypeUID()) {
                case SURPLUS -> new SurplusTriggerHandler((Trigger) module);
                case FORCE -> new ForceActionHandler((Action) module);
                case AVAILABLE -> new AvailableConditionHandler((Condition) module);
                default -> null;
            };
        }

        void stop() {
            deactivate();
        }

        int held() {
            return getHandlers().size();
        }
    }

    private static Trigger trigger(String id) {
        return ModuleBuilder.createTrigger().withId(id).withTypeUID(SURPLUS)
                .withConfiguration(new Configuration(Map.of("manager", "house", "nominalPowerWatts", 2500)))
                .withLabel("Boiler").build();
    }

    @Test
    void theFactoryReturnsTheSameHandlerForTheSameModuleOfTheSameRule() {
        CountingFactory factory = new CountingFactory();
        Trigger trigger = trigger("t1");
        ModuleHandler first = factory.getHandler(trigger, "rule-a");
        ModuleHandler second = factory.getHandler(trigger, "rule-a");
        assertNotNull(first);
        assertSame(first, second, "a module of a rule has one handler");
        assertEquals(List.of("rule-a/t1"), factory.created, "created once");
    }

    @Test
    void theFactoryCreatesOneHandlerPerRuleAndModule() {
        CountingFactory factory = new CountingFactory();
        ModuleHandler inA = factory.getHandler(trigger("t1"), "rule-a");
        ModuleHandler inB = factory.getHandler(trigger("t1"), "rule-b");
        ModuleHandler otherModule = factory.getHandler(trigger("t2"), "rule-a");
        assertNotSame(inA, inB);
        assertNotSame(inA, otherModule);
        assertEquals(3, factory.held());
    }

    @Test
    void ungetDisposesTheHandlerAndTheNextGetCreatesANewOne() {
        CountingFactory factory = new CountingFactory();
        Trigger trigger = trigger("t1");
        SurplusTriggerHandler first = (SurplusTriggerHandler) factory.getHandler(trigger, "rule-a");
        assertNotNull(first);
        first.setCallback(mock(TriggerHandlerCallback.class));
        factory.ungetHandler(trigger, "rule-a", first);
        assertNull(first.currentCallback(), "a released handler is disposed");
        assertNotSame(first, factory.getHandler(trigger, "rule-a"));
        assertEquals(2, factory.created.size());
    }

    @Test
    void anUnsupportedModuleGetsNoHandlerAndIsNotCached() {
        CountingFactory factory = new CountingFactory();
        Trigger unknown = ModuleBuilder.createTrigger().withId("x").withTypeUID("other.Type").build();
        assertNull(factory.getHandler(unknown, "rule-a"));
        assertEquals(0, factory.held());
    }

    @Test
    void deactivateDisposesEveryHandler() {
        CountingFactory factory = new CountingFactory();
        SurplusTriggerHandler handler = (SurplusTriggerHandler) factory.getHandler(trigger("t1"), "rule-a");
        assertNotNull(handler);
        handler.setCallback(mock(TriggerHandlerCallback.class));
        factory.stop();
        assertNull(handler.currentCallback());
        assertEquals(0, factory.held());
    }

    @Test
    void aTriggerHandlerKeepsItsCallbackAndFiresThroughIt() {
        Trigger trigger = trigger("t1");
        SurplusTriggerHandler handler = new SurplusTriggerHandler(trigger);
        assertFalse(handler.fire("ON"), "without callback nothing fires");
        TriggerHandlerCallback callback = mock(TriggerHandlerCallback.class);
        handler.setCallback(callback);
        assertSame(callback, handler.currentCallback(), "setCallback stores the callback");
        assertTrue(handler.fire("ON"));
        verify(callback).triggered(trigger, Map.of("command", "ON"));
        handler.dispose();
        assertNull(handler.currentCallback(), "dispose forgets the callback");
    }

    @Test
    void aModuleHandlerReadsItsConfigurationThroughGetConfigAs() {
        SurplusTriggerHandler handler = new SurplusTriggerHandler(trigger("t1"));
        assertEquals("house", handler.config.manager);
        assertEquals(2500.0, handler.config.nominalPowerWatts);
        assertEquals(1, handler.config.priority, "absent parameters keep their default");
    }

    @Test
    void actionAndConditionHandlersWorkOnTheirModules() {
        Action action = ModuleBuilder.createAction().withId("a1").withTypeUID(FORCE)
                .withConfiguration(new Configuration(Map.of("load", "boiler"))).withInputs(Map.of("x", "t1.command"))
                .build();
        Condition condition = ModuleBuilder.createCondition().withId("c1").withTypeUID(AVAILABLE).build();
        assertEquals(Map.of("result", "forced boiler"), new ForceActionHandler(action).execute(Map.of()));
        assertEquals(Map.of("x", "t1.command"), action.getInputs());
        assertTrue(new AvailableConditionHandler(condition).isSatisfied(Map.of("surplus", new BigDecimal(300))));
        assertFalse(new AvailableConditionHandler(condition).isSatisfied(Map.of()));
    }

    @Test
    void aModuleBuilderNeedsIdAndType() {
        assertThrows(IllegalStateException.class, () -> ModuleBuilder.createTrigger().withTypeUID(SURPLUS).build());
        assertThrows(IllegalStateException.class, () -> ModuleBuilder.createTrigger().withId("t").build());
        Trigger copy = ModuleBuilder.createTrigger(trigger("t1")).withId("t9").build();
        assertEquals("t9", copy.getId());
        assertEquals("Boiler", copy.getLabel());
        assertEquals(new BigDecimal(2500), copy.getConfiguration().get("nominalPowerWatts"));
    }
}
