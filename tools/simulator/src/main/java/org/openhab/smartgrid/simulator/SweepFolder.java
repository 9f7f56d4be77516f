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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The output folder of a sweep, written whole into a fresh hidden folder next to it and then put in its place, so
 * that it holds the runs of one sweep: the earlier sweep's, or, once every run succeeded, the new one's; never a mix
 * (an earlier sweep's {@code run-007} next to a new sweep of five runs), and never half a sweep.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SweepFolder {

    /** What a sweep writes into its folder. */
    private static final Pattern WRITTEN = Pattern.compile("sweep\\.(html|csv)|run-[0-9]{3,}");
    private static final String PREFIX = ".smartgrid-sweep-";

    private SweepFolder() {
    }

    /**
     * A sweep replaces its whole folder, so it takes only a folder that is new, empty or a sweep's.
     *
     * @throws IllegalArgumentException when {@code target} is a file, a link or holds what a sweep does not write
     * @throws IOException when the folder cannot be listed
     */
    static void requireReplaceable(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IllegalArgumentException("--out " + target + " is a link; give the folder itself");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--out " + target + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            List<String> foreign = entries.map(entry -> String.valueOf(entry.getFileName()))
                    .filter(name -> !WRITTEN.matcher(name).matches()).sorted().limit(3).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalArgumentException("--out " + target + " holds files a sweep does not write ("
                        + String.join(", ", foreign) + "); a sweep replaces its whole folder: give a new or empty "
                        + "folder, or an earlier sweep's");
            }
        }
    }

    /** @return a fresh hidden folder next to {@code target} (on the same file system, so that it can be renamed) */
    static Path staging(Path target) throws IOException {
        Path parent = parent(target);
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, PREFIX);
    }

    /**
     * Puts {@code staging} in the place of {@code target}: the old folder is renamed away, the new one renamed in and
     * the old one deleted. When the new one cannot be renamed in, the old one is put back.
     *
     * @throws IOException when a folder cannot be renamed
     */
    static void replace(Path staging, Path target) throws IOException {
        Path aside = Files.createTempDirectory(parent(target), PREFIX + "old-");
        try {
            @Nullable
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = aside.resolve("previous");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } finally {
            RunOutputs.deleteQuietly(aside);
        }
    }

    private static Path parent(Path target) {
        Path parent = target.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("--out " + target + ": a sweep's folder cannot be a file system's root");
        }
        return parent;
    }
}
