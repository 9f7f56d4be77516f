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

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.automation.template.RuleTemplate;
import org.openhab.core.automation.type.ActionType;
import org.openhab.core.automation.type.ConditionType;
import org.openhab.core.automation.type.Input;
import org.openhab.core.automation.type.Output;
import org.openhab.core.automation.type.TriggerType;
import org.openhab.core.automation.util.ModuleBuilder;
import org.openhab.core.config.core.ConfigDescriptionParameter;
import org.openhab.core.config.core.ConfigDescriptionParameter.Type;
import org.openhab.core.config.core.ConfigDescriptionParameterBuilder;
import org.openhab.core.config.core.ParameterOption;

/**
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ModuleTypesTest {

    @Test
    void aParameterBuilderSetsEveryAttribute() {
        ConfigDescriptionParameter meter = ConfigDescriptionParameterBuilder.create("gridMeterItem", Type.TEXT)
                .withContext("item").withRequired(true).withLabel("Grid meter").withDescription("Grid power item")
                .build();
        ConfigDescriptionParameter power = ConfigDescriptionParameterBuilder.create("nominalPower", Type.DECIMAL)
                .withMinimum(BigDecimal.ZERO).withMaximum(new BigDecimal(50000)).withStepSize(BigDecimal.TEN)
                .withUnit("W").withDefault("1000").withAdvanced(true).build();
        ConfigDescriptionParameter mode = ConfigDescriptionParameterBuilder.create("mode", Type.TEXT)
                .withOptions(List.of(new ParameterOption("BOOST", "Boost"), new ParameterOption("COMFORT", "Comfort")))
                .withLimitToOptions(false).build();
        assertEquals("gridMeterItem", meter.getName());
        assertEquals("item", meter.getContext());
        assertTrue(meter.isRequired());
        assertEquals("Grid meter", meter.getLabel());
        assertEquals(Type.DECIMAL, power.getType());
        assertEquals(new BigDecimal(50000), power.getMaximum());
        assertEquals("W", power.getUnit());
        assertEquals("1000", power.getDefault());
        assertTrue(power.isAdvanced());
        assertFalse(power.isRequired(), "not required unless said so");
        assertEquals(2, mode.getOptions().size());
        assertFalse(mode.getLimitToOptions());
        assertTrue(meter.getLimitToOptions(), "limited to options by default");
    }

    @Test
    void aParameterBuilderRejectsWhatOpenHabRejects() {
        assertThrows(IllegalArgumentException.class,
                () -> ConfigDescriptionParameterBuilder.create("x", Type.DECIMAL).withUnit("kW-ish").build());
        assertThrows(IllegalArgumentException.class,
                () -> ConfigDescriptionParameterBuilder.create("x", Type.TEXT).withUnit("W").build());
        assertThrows(IllegalArgumentException.class,
                () -> ConfigDescriptionParameterBuilder.create("", Type.TEXT).build());
    }

    @Test
    void moduleTypesKeepTheirParts() {
        ConfigDescriptionParameter item = ConfigDescriptionParameterBuilder.create("item", Type.TEXT).build();
        TriggerType trigger = new TriggerType("em.SurplusLoad", List.of(item), "Surplus load", "Runs a load",
                Set.of("energy"), Visibility.VISIBLE, List.of(new Output("command", "String")));
        ActionType action = new ActionType("em.ForceLoad", null, List.of(new Input("load", "String")));
        ConditionType condition = new ConditionType(null, null, null);
        assertEquals("em.SurplusLoad", trigger.getUID());
        assertEquals(List.of(item), trigger.getConfigurationDescriptions());
        assertEquals("command", trigger.getOutputs().get(0).getName());
        assertEquals(Set.of("energy"), trigger.getTags());
        assertEquals(Visibility.VISIBLE, action.getVisibility(), "visible by default");
        assertTrue(action.getOutputs().isEmpty());
        assertFalse(action.getInputs().get(0).isRequired());
        assertFalse(condition.getUID().isEmpty(), "a null UID becomes a random one");
    }

    @Test
    void aRuleTemplateListsItsModules() {
        Trigger trigger = ModuleBuilder.createTrigger().withId("t").withTypeUID("a.T").build();
        Action action = ModuleBuilder.createAction().withId("a").withTypeUID("a.A").build();
        RuleTemplate template = new RuleTemplate("tpl", "Template", null, null, List.of(trigger), null,
                List.of(action), null, null);
        assertEquals(List.of(trigger), template.getModules(Trigger.class));
        assertEquals(2, template.getModules(Module.class).size());
        assertSame(action, template.getModule("a"));
        assertTrue(template.getConditions().isEmpty());
    }

    static class Actions {
        @RuleAction(label = "force a load", description = "forces it on")
        @ActionOutput(name = "result", type = "java.lang.String")
        public String force(@ActionInput(name = "load", required = true) String load) {
            return load;
        }
    }

    @Test
    void ruleActionAnnotationsAreReadableAtRunTime() throws NoSuchMethodException {
        Method force = Actions.class.getMethod("force", String.class);
        RuleAction action = force.getAnnotation(RuleAction.class);
        assertNotNull(action);
        assertEquals("force a load", action.label());
        assertEquals(Visibility.VISIBLE, action.visibility());
        ActionOutput output = force.getAnnotation(ActionOutput.class);
        assertNotNull(output);
        assertEquals("result", output.name());
        ActionInput input = (ActionInput) force.getParameterAnnotations()[0][0];
        assertEquals("load", input.name());
        assertTrue(input.required());
    }
}
