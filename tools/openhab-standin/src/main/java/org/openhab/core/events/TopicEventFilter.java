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
package org.openhab.core.events;

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Passes events whose topic matches a regular expression.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public class TopicEventFilter implements EventFilter {

    private final Pattern topicRegex;

    /**
     * @param topicRegex the regular expression the whole topic must match
     * @throws java.util.regex.PatternSyntaxException when the expression is invalid
     */
    public TopicEventFilter(String topicRegex) {
        this.topicRegex = Pattern.compile(topicRegex);
    }

    @Override
    public boolean apply(Event event) {
        return topicRegex.matcher(event.getTopic()).matches();
    }
}
