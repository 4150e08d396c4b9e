/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a designer's journey files ({@code serve --journey FILE… --watch}) with the JDK's {@link WatchService} on
 * their folders and reloads a file once its saves have been quiet for the debounce time (an editor often writes a
 * file in several steps, or replaces it by a rename). One daemon thread; {@link #close()} stops it.
 */
public final class PreviewWatcher implements AutoCloseable {
    /** The default quiet time after the last change before a file is reloaded. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    private final ServedJourneys served;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> watched = new LinkedHashSet<>();
    private final long debounceMillis;
    private final Thread thread;

    /**
     * Starts watching the served journeys' files.
     *
     * @param served the served journeys, with the designer's files
     * @param debounce the quiet time before a reload
     * @throws IOException when a folder cannot be watched
     */
    public PreviewWatcher(ServedJourneys served, Duration debounce) throws IOException {
        this.served = served;
        this.debounceMillis = Math.max(1, debounce.toMillis());
        this.watcher = FileSystems.getDefault().newWatchService();
        try {
            for (ServedJourneys.FileState s : served.files()) {
                Path file = s.file().toAbsolutePath().normalize();
                watched.add(file);
                Path folder = file.getParent();
                if (!folders.containsValue(folder)) {
                    folders.put(
                            folder.register(
                                    watcher,
                                    StandardWatchEventKinds.ENTRY_CREATE,
                                    StandardWatchEventKinds.ENTRY_MODIFY),
                            folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        this.thread = new Thread(this::run, "guidance-preview-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = pending.isEmpty() ? watcher.take() : watcher.poll(debounceMillis, TimeUnit.MILLISECONDS);
                if (key == null) { // quiet for the debounce time: reload what changed
                    for (Path file : pending) {
                        reload(file);
                    }
                    pending.clear();
                    continue;
                }
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        pending.addAll(watched);
                    } else if (folder != null && event.context() instanceof Path name) {
                        Path file = folder.resolve(name);
                        if (watched.contains(file)) {
                            pending.add(file);
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop
        }
    }

    private void reload(Path absolute) {
        for (ServedJourneys.FileState s : served.files()) {
            if (s.file().toAbsolutePath().normalize().equals(absolute)) {
                try {
                    served.reload(s.file());
                } catch (RuntimeException e) { // never let one bad save stop the watching
                    System.err.println("guidance preview: " + s.file() + " could not be reloaded: " + e);
                }
            }
        }
    }

    /** The files watched, absolute. */
    List<Path> files() {
        return List.copyOf(watched);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to do
        }
        thread.interrupt();
    }

    @Override
    public String toString() {
        return "PreviewWatcher" + watched;
    }
}
