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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.events.ItemCommandEvent;

/**
 * Every event on openHAB's event bus as an {@link EventSubscriber} sees it: the item commands are kept in the order
 * they were posted (what a relay's binding would receive), and every event wakes a waiting {@link Await}.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class Events implements EventSubscriber {

    private final List<String> commands = new ArrayList<>();

    @Override
    public Set<String> getSubscribedEventTypes() {
        return Set.of(EventSubscriber.ALL_EVENT_TYPES);
    }

    @Override
    public synchronized void receive(Event event) {
        if (event instanceof ItemCommandEvent command) {
            commands.add(command.getItemName() + "=" + command.getItemCommand());
        }
        notifyAll();
    }

    /** @return how many commands were seen so far: a mark for {@link #commandsSince} */
    synchronized int mark() {
        return commands.size();
    }

    /** @return the commands to those items since the mark, as {@code item=command}, in the order they were posted */
    synchronized List<String> commandsSince(int mark, Set<String> items) {
        List<String> since = new ArrayList<>();
        for (String command : commands.subList(mark, commands.size())) {
            if (items.contains(command.substring(0, command.indexOf('=')))) {
                since.add(command);
            }
        }
        return since;
    }

    /** Waits for the next event, at most {@code timeout}. */
    synchronized void awaitNext(Duration timeout) {
        try {
            wait(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
