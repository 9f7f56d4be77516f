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
package org.openhab.smartgrid.simulator.scenario;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.yaml.snakeyaml.error.Mark;

/**
 * Where a key or a value stands: the file, its 1-based line and column; line 0 for a value given elsewhere (a
 * {@code --param}), which then names itself as the source.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
public record YamlPosition(String source, int line, int column) {

    /** @return the position of a SnakeYAML mark (0-based), line 1 column 1 when there is none */
    static YamlPosition of(String source, @Nullable Mark mark) {
        return mark == null ? new YamlPosition(source, 1, 1)
                : new YamlPosition(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** @return a position outside the file, named by what gave the value */
    static YamlPosition outside(String source) {
        return new YamlPosition(source, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? source : source + ":" + line + ":" + column;
    }
}
