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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.smartgrid.simulator.model.HouseSample;
import org.openhab.smartgrid.simulator.output.Summary;
import org.openhab.smartgrid.simulator.scenario.SimulationConfig;

/**
 * The replays of a sweep: one pass over the trace feeds every combination's engine, and the combinations are spread
 * over worker threads, one per available core.
 * <p>
 * A trace is read and parsed once ({@link SampleSource.Pass}, on a thread of its own) and handed out in batches;
 * each worker steps its runs through a batch one run after the other, then takes the next batch. Every run sees the
 * same samples in the same order as a {@code run} of its configuration, so its files are the same as that run's.
 * Memory does not grow with the trace: each worker has at most {@value #WAITING} batches of {@value #BATCH} samples
 * waiting, and the slowest worker holds the reading back.
 * <p>
 * Each run keeps its output files open until the end of the pass, so at most {@value #RUNS_PER_PASS} runs share a
 * pass; a bigger sweep reads the trace once for each such group. A built-in day depends on the configuration (its
 * sun follows the house's location), so each of its runs generates its own samples, still in parallel.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class SweepReplay {

    /** Samples per batch: a worker steps one run through a whole batch while the batch is in its cache. */
    static final int BATCH = 4096;
    /** Batches waiting for a worker at most. */
    static final int WAITING = 4;
    /** Runs that share one pass at most: each keeps two or three files open until the pass ends. */
    static final int RUNS_PER_PASS = 128;

    /** One run of the sweep: its configuration, what its report says, and its folder. */
    record Job(SimulationConfig house, String description, Path folder) {
    }

    private final SampleSource source;
    private final boolean timeline;
    private final int workers;
    private final int runsPerPass;

    /**
     * @param timeline whether each run writes its {@code timeline.csv}
     * @param workers the threads that step the runs (at least 1)
     * @param runsPerPass the runs that share a pass at most (at least 1)
     */
    SweepReplay(SampleSource source, boolean timeline, int workers, int runsPerPass) {
        if (workers < 1 || runsPerPass < 1) {
            throw new IllegalArgumentException(
                    "a sweep needs at least one worker and one run per pass, was " + workers + " and " + runsPerPass);
        }
        this.source = source;
        this.timeline = timeline;
        this.workers = workers;
        this.runsPerPass = runsPerPass;
    }

    /** A sweep on {@code workers} threads, {@value #RUNS_PER_PASS} runs to a pass. */
    SweepReplay(SampleSource source, boolean timeline, int workers) {
        this(source, timeline, workers, RUNS_PER_PASS);
    }

    /** @return the workers a sweep takes unless told otherwise: one per processor the JVM may use */
    static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Replays every job and writes each one's files into its folder.
     *
     * @return the jobs' summaries, in the jobs' order
     * @throws IOException when a file cannot be read or written; the runs of the failed pass leave no files
     * @throws RuntimeException the trace's own error (a malformed row names its line) or a run's
     */
    List<Summary> run(List<Job> jobs) throws IOException {
        List<Summary> summaries = new ArrayList<>(jobs.size());
        for (int from = 0; from < jobs.size(); from += runsPerPass) {
            List<Job> group = jobs.subList(from, Math.min(jobs.size(), from + runsPerPass));
            summaries.addAll(source.sameForEveryConfig() ? onePass(group) : passEach(group));
        }
        return summaries;
    }

    /** The trace read once, its batches handed to every worker. */
    private List<Summary> onePass(List<Job> jobs) throws IOException {
        Summary[] summaries = new Summary[jobs.size()];
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        List<Worker> crew = new ArrayList<>();
        try (SampleSource.Pass pass = source.open(jobs.get(0).house(), true)) {
            try {
                for (int w = 0; w < Math.min(workers, jobs.size()); w++) {
                    Worker worker = new Worker(w, failure);
                    crew.add(worker);
                    for (int j = w; j < jobs.size(); j += workers) {
                        worker.add(j, jobs.get(j), source, timeline);
                    }
                }
                crew.forEach(Worker::start);
                deal(pass.samples(), crew, failure);
            } catch (RuntimeException | Error e) {
                // the trace's own error: the workers close their runs without finishing them
                failure.compareAndSet(null, e);
            } finally {
                for (Worker worker : crew) {
                    worker.give(Batch.END);
                }
                for (Worker worker : crew) {
                    worker.join(summaries);
                }
            }
        }
        rethrow(failure.get());
        return List.of(summaries);
    }

    /** Deals the samples in batches to every worker until the samples end or a worker fails. */
    private static void deal(Iterator<HouseSample> samples, List<Worker> crew,
            AtomicReference<@Nullable Throwable> failure) {
        while (samples.hasNext() && failure.get() == null) {
            HouseSample[] batch = new HouseSample[BATCH];
            int size = 0;
            while (size < BATCH && samples.hasNext()) {
                batch[size++] = samples.next();
            }
            Batch dealt = new Batch(batch, size, false);
            for (Worker worker : crew) {
                worker.give(dealt);
            }
        }
    }

    /** Each run with samples of its own (a built-in day, made for the run's house), the runs spread over workers. */
    private List<Summary> passEach(List<Job> jobs) throws IOException {
        Summary[] summaries = new Summary[jobs.size()];
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(workers, jobs.size()); w++) {
            int first = w;
            Thread thread = new Thread(() -> {
                for (int j = first; j < jobs.size() && failure.get() == null; j += workers) {
                    try {
                        summaries[j] = RunCommand.replay(jobs.get(j).house(), source, jobs.get(j).description(),
                                jobs.get(j).folder(), timeline, false);
                    } catch (IOException | RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "sweep worker " + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        rethrow(failure.get());
        return List.of(summaries);
    }

    private static void rethrow(@Nullable Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A batch of samples, shared read-only by every worker; {@link #END} ends the pass. */
    private record Batch(HouseSample[] samples, int size, boolean end) {
        static final Batch END = new Batch(new HouseSample[0], 0, true);
    }

    /**
     * A thread that steps its runs through every batch. After a failure it records it and goes on taking batches
     * (without stepping) until the end, so that the dealer never waits for it.
     */
    private static final class Worker {

        private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(WAITING);
        private final List<Integer> indexes = new ArrayList<>();
        private final List<RunOutputs.Recording> recordings = new ArrayList<>();
        private final List<@Nullable Summary> done = new ArrayList<>();
        private final AtomicReference<@Nullable Throwable> failure;
        private final Thread thread;

        Worker(int number, AtomicReference<@Nullable Throwable> failure) {
            this.failure = failure;
            this.thread = new Thread(this::work, "sweep worker " + number);
            thread.setDaemon(true);
        }

        /** Opens the run {@code index} of the sweep (on the caller's thread: a bad folder fails before reading). */
        void add(int index, Job job, SampleSource source, boolean timeline) throws IOException {
            indexes.add(index);
            recordings.add(RunOutputs.record(job.folder(), job.house(), new CoreEngineAdapter(job.house()),
                    RunCommand.info(job.house(), source, job.description()), timeline));
        }

        void start() {
            thread.start();
        }

        void give(Batch batch) {
            boolean interrupted = false;
            while (true) {
                try {
                    batches.put(batch);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void work() {
            boolean ended = false;
            try {
                while (!ended) {
                    Batch batch = batches.take();
                    ended = batch.end();
                    if (!ended && failure.get() == null) {
                        step(batch);
                    }
                }
                if (failure.get() == null) {
                    for (RunOutputs.Recording recording : recordings) {
                        done.add(recording.finish());
                    }
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, new IllegalStateException(thread.getName() + " was interrupted", e));
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                if (!ended) {
                    drain();
                }
            }
        }

        private void step(Batch batch) throws IOException {
            HouseSample[] samples = batch.samples();
            int size = batch.size();
            for (int r = 0; r < recordings.size(); r++) {
                RunOutputs.Recording recording = recordings.get(r);
                for (int i = 0; i < size; i++) {
                    recording.accept(samples[i]);
                }
            }
        }

        /** Takes batches until the end, so that the dealer does not wait for a worker that failed. */
        private void drain() {
            try {
                while (!batches.take().end()) {
                    // dropped: this worker's runs have failed
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits for the thread, files its summaries and closes every run (deleting what did not finish). */
        void join(Summary[] summaries) {
            joinUninterruptibly(thread);
            for (int r = 0; r < done.size(); r++) {
                summaries[indexes.get(r)] = done.get(r);
            }
            recordings.forEach(RunOutputs.Recording::close);
        }
    }
}
