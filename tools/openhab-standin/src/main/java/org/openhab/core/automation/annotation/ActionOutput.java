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
package org.openhab.core.automation.annotation;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Describes an output of a rule action method. A method with a single result may leave out the name: it is then
 * {@code "result"}, as in openHAB 4.3 and 5.x.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@Repeatable(ActionOutputs.class)
@Retention(RUNTIME)
@Target(ElementType.METHOD)
public @interface ActionOutput {

    /** @return the output name; {@code "result"} unless given */
    String name() default "result";

    /** @return the data type */
    String type();

    /** @return the label */
    String label() default "";

    /** @return the description */
    String description() default "";

    /** @return the tags */
    String[] tags() default {};

    /** @return the reference */
    String reference() default "";

    /** @return the default value */
    String defaultValue() default "";
}
