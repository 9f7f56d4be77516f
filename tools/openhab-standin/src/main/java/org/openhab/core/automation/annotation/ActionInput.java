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
 * Describes a parameter of a rule action method.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@Repeatable(ActionInputs.class)
@Retention(RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ActionInput {

    /** @return the input name */
    String name();

    /** @return the data type */
    String type() default "";

    /** @return the label */
    String label() default "";

    /** @return the description */
    String description() default "";

    /** @return the tags */
    String[] tags() default {};

    /** @return whether the input is required */
    boolean required() default false;

    /** @return the reference */
    String reference() default "";

    /** @return the default value */
    String defaultValue() default "";
}
