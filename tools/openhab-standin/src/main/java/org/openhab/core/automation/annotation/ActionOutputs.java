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
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Holds repeated {@link ActionOutput}s.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@Retention(RUNTIME)
@Target(ElementType.METHOD)
public @interface ActionOutputs {

    /** @return the outputs */
    ActionOutput[] value();
}
