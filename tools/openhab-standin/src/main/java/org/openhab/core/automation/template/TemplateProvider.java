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
package org.openhab.core.automation.template;

import java.util.Collection;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Provider;

/**
 * Provides templates to the template registry; registered as an OSGi service.
 *
 * @param <E> the kind of template
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public interface TemplateProvider<E extends Template> extends Provider<E> {

    /** @return the template of that UID, localized when possible, or {@code null} */
    @Nullable
    E getTemplate(String UID, @Nullable Locale locale);

    /** @return all templates, localized when possible */
    Collection<E> getTemplates(@Nullable Locale locale);
}
