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
package org.openhab.smartgrid.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Checks of the files and folders the command line names, made before anything is read or replayed, so that a
 * mistyped path is said with its option ({@code --trace nosuch.csv: no such file}) instead of whatever the first
 * read throws, and an output folder that cannot be written is found before a long replay, not after it.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param given the option and its value as the user wrote them, like {@code --trace nosuch.csv}
     * @throws IllegalArgumentException naming what was given when {@code file} is not a file that can be read
     */
    static void requireReadable(String given, Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(given + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(given + ": is a folder, expected a file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(given + ": cannot be read (no permission)");
        }
    }

    /**
     * The outputs are written into a hidden folder next to {@code folder} and then renamed into it, so the folder
     * must be a folder or not exist yet, and the folder it is in (or would be created in) must be writable.
     *
     * @throws IllegalArgumentException naming {@code option} and the folder when the outputs could not be put there
     */
    static void requireWritableFolder(String option, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException(option + " " + folder + ": is a file, expected a folder");
        }
        if (Files.isDirectory(target) && !Files.isWritable(target)) {
            // a run moves its files into the folder, so the folder itself must take them
            throw new IllegalArgumentException(option + " " + folder + ": cannot be written, no permission");
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return; // the root, which always exists
        }
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException(option + " " + folder + ": cannot be created, " + existing
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new IllegalArgumentException(option + " " + folder + ": cannot be written, no permission to write "
                    + "in " + existing);
        }
    }
}
