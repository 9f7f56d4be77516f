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
package org.openhab.smartgrid.core;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.smartgrid.core.guard.GuardConfig;
import org.openhab.smartgrid.core.mode.SgMode;

/**
 * The guard and arbitration rules as timelines, with the seed's numbers: lock hold 10 min and re-arm 10 min
 * (German lock-time guide), the utilities' lock practice of at most 3 blocks of 120 min and 360 min a day with
 * each release at least as long as the block before it, and a 60 s dwell. Times are local (Europe/Brussels) on
 * Monday 22 June 2026; hours from 24 are the next day. The timeline steps at every instant the controller
 * reports, as the binding does, so each row also proves that deferred changes happen without new input.
 */
@NonNullByDefault
class SgControllerRulesTest {

    private static final GuardConfig DEFAULTS = GuardConfig.DEFAULTS;

    static Stream<Arguments> defaultRules() {
        return Stream.of(
                rule("the worked example of docs/guards.md: a day in the life",
                        "09:30 pv=on -> BOOST source=PV_SURPLUS",
                        "11:00 peak=on -> EVU source=PEAK_SHED next=NORMAL@13:00",
                        "11:04 peak=off -> EVU wanted=BOOST reason=LOCK_HOLD at=11:10",
                        "11:10 -> BOOST lockmin=10",
                        "11:15 peak=on -> NORMAL wanted=EVU reason=LOCK_REARM at=11:20",
                        "11:20 -> EVU locks=2",
                        "11:50 peak=off -> BOOST lockmin=40",
                        "11:55 grid=on -> EVU source=GRID_LOCK event=OVERRIDDEN/GUARD_OVERRIDE",
                        "12:40 grid=off -> BOOST locks=3 lockmin=85",
                        "17:00 pv=off -> NORMAL source=DEFAULT"),
                rule("the long peak of docs/guards.md: blocks of 120 minutes with as long releases",
                        "11:00 peak=on -> EVU", "13:00 -> NORMAL at=15:00", "15:00 -> EVU"),
                rule("a lock cannot be released before it held 10 minutes",
                        "10:00 peak=on -> EVU source=PEAK_SHED locks=1",
                        "10:05 peak=off -> EVU wanted=NORMAL reason=LOCK_HOLD at=10:10 event=DEFERRED/LOCK_HOLD",
                        "10:09:59 -> EVU wanted=NORMAL",
                        "10:10 -> NORMAL reason=APPLIED at=- next=- lockmin=10"),
                rule("a released lock re-arms only 10 minutes after its release",
                        "10:00 peak=on -> EVU",
                        "10:10 peak=off -> NORMAL",
                        "10:15 peak=on -> NORMAL wanted=EVU reason=LOCK_REARM at=10:20 next=EVU@10:20",
                        "10:19:59 -> NORMAL",
                        "10:20 -> EVU locks=2 lockmin=10"),
                rule("each release lasts at least as long as the block before it",
                        "10:00 peak=on -> EVU",
                        "10:45 peak=off -> NORMAL",
                        "10:50 peak=on -> NORMAL wanted=EVU reason=LOCK_BUDGET at=11:30",
                        "11:30 -> EVU locks=2 lockmin=45"),
                rule("a lock this system chooses ends after its 120-minute block and comes back after as long a release",
                        "10:00 peak=on -> EVU reason=LOCK_BUDGET next=NORMAL@12:00 at=-",
                        "11:59:59 -> EVU",
                        "12:00 -> NORMAL wanted=EVU reason=LOCK_BUDGET at=14:00 event=APPLIED/LOCK_BUDGET",
                        "14:00 -> EVU locks=2 lockmin=120"),
                rule("three blocks a day use the 360 minutes; the fourth waits for local midnight",
                        "10:00 peak=on -> EVU",
                        "12:00 -> NORMAL at=14:00",
                        "14:00 -> EVU locks=2",
                        "16:00 -> NORMAL at=18:00",
                        "18:00 -> EVU locks=3 lockmin=240",
                        "20:00 -> NORMAL wanted=EVU reason=LOCK_BUDGET at=24:00 locks=3 lockmin=360",
                        "23:59:59 -> NORMAL",
                        "24:00 -> EVU locks=1 lockmin=0 next=NORMAL@26:00"),
                rule("the grid operator's lock is applied at once inside the re-arm window, as a recorded override",
                        "10:00 peak=on -> EVU",
                        "10:10 peak=off -> NORMAL",
                        "10:12 grid=on -> EVU source=GRID_LOCK event=OVERRIDDEN/GUARD_OVERRIDE next=- locks=2"),
                rule("the grid operator's lock is applied at once inside the mode dwell",
                        "10:00 pv=on -> BOOST",
                        "10:00:30 grid=on -> EVU source=GRID_LOCK event=OVERRIDDEN/GUARD_OVERRIDE"),
                rule("the grid operator's lock outside any window is a plain change",
                        "10:00 grid=on -> EVU source=GRID_LOCK event=APPLIED/APPLIED reason=APPLIED next=-"),
                rule("a grid lock that drops after 3 minutes still holds 10",
                        "10:00 grid=on -> EVU",
                        "10:03 grid=off -> EVU wanted=NORMAL reason=LOCK_HOLD at=10:10",
                        "10:10 -> NORMAL"),
                rule("the budget never cuts the grid operator's lock",
                        "10:00 grid=on -> EVU next=-",
                        "15:00 -> EVU lockmin=300",
                        "15:00 grid=off -> NORMAL lockmin=300"),
                rule("the budget never holds back the grid operator's lock",
                        "10:00 peak=on -> EVU",
                        "12:00 -> NORMAL",
                        "14:00 -> EVU",
                        "16:00 -> NORMAL",
                        "18:00 -> EVU",
                        "20:00 -> NORMAL wanted=EVU reason=LOCK_BUDGET",
                        "20:05 grid=on -> EVU source=GRID_LOCK event=OVERRIDDEN/GUARD_OVERRIDE locks=4"),
                rule("after a long grid lock, peak shedding does not carry the block past 120 minutes",
                        "08:00 grid=on peak=on -> EVU source=GRID_LOCK",
                        "10:30 grid=off -> NORMAL wanted=EVU source=PEAK_SHED reason=LOCK_BUDGET at=13:00",
                        "13:00 -> EVU locks=2 lockmin=150"),
                rule("peak shedding continues a grid lock within its block",
                        "10:00 grid=on peak=on -> EVU",
                        "10:30 grid=off -> EVU source=PEAK_SHED next=NORMAL@12:00",
                        "12:00 -> NORMAL at=14:00"),
                rule("a manual override outranks peak shedding and PV surplus; AUTO gives control back",
                        "10:00 pv=on -> BOOST source=PV_SURPLUS",
                        "10:05 manual=COMFORT -> COMFORT source=MANUAL_OVERRIDE",
                        "10:10 peak=on -> COMFORT source=MANUAL_OVERRIDE",
                        "10:20 manual=AUTO -> EVU source=PEAK_SHED"),
                rule("a manual override ends at its expiry without new input",
                        "10:00 pv=on -> BOOST",
                        "10:05 manual=NORMAL@11:00 -> NORMAL source=MANUAL_OVERRIDE",
                        "10:59:59 -> NORMAL source=MANUAL_OVERRIDE",
                        "11:00 -> BOOST source=PV_SURPLUS"),
                rule("a manual EVU is a lock this system chooses: the budget applies",
                        "10:00 manual=EVU -> EVU source=MANUAL_OVERRIDE next=NORMAL@12:00",
                        "12:00 -> NORMAL wanted=EVU reason=LOCK_BUDGET at=14:00"),
                rule("the grid operator's lock outranks a manual override",
                        "10:00 manual=BOOST -> BOOST",
                        "10:05 grid=on -> EVU source=GRID_LOCK"),
                rule("relays change at most once a minute",
                        "10:00 pv=on -> BOOST",
                        "10:00:30 pv=off comfort=on -> BOOST wanted=COMFORT reason=MODE_DWELL at=10:01",
                        "10:01 -> COMFORT reason=APPLIED"),
                rule("leaving a lock waits for the dwell when that ends after the hold",
                        "10:00 grid=on -> EVU",
                        "10:05 grid=off -> EVU reason=LOCK_HOLD at=10:10",
                        "10:10 -> NORMAL"),
                rule("while a lock is held back the relays run NORMAL, not BOOST",
                        "10:00 peak=on -> EVU",
                        "10:10 peak=off pv=on -> BOOST",
                        "10:12 peak=on -> NORMAL wanted=EVU reason=LOCK_REARM at=10:20 event=APPLIED/LOCK_REARM",
                        "10:20 -> EVU"),
                rule("the detour over NORMAL is skipped when it would delay the lock",
                        "10:00 peak=on -> EVU",
                        "10:10 peak=off pv=on -> BOOST",
                        "10:19:30 peak=on -> BOOST wanted=EVU reason=LOCK_REARM at=10:20 next=EVU@10:20",
                        "10:20 -> EVU"),
                rule("a comfort request gives COMFORT and PV surplus outranks it",
                        "10:00 comfort=on -> COMFORT source=COMFORT_REQUEST",
                        "10:02 pv=on -> BOOST source=PV_SURPLUS",
                        "10:04 pv=off -> COMFORT",
                        "10:06 comfort=off -> NORMAL source=DEFAULT"),
                rule("a backward clock jump never shortens the hold",
                        "10:00 peak=on -> EVU",
                        "10:05 peak=off -> EVU at=10:10",
                        "09:05 -> EVU reason=LOCK_HOLD at=09:10",
                        "09:09:59 -> EVU",
                        "09:10 -> NORMAL"),
                rule("a backward clock jump never shortens the re-arm",
                        "10:00 peak=on -> EVU",
                        "10:10 peak=off -> NORMAL",
                        "10:12 -> NORMAL",
                        "09:12 peak=on -> NORMAL reason=LOCK_REARM at=09:20",
                        "09:20 -> EVU"),
                rule("a backward clock jump never shortens the dwell",
                        "10:00 pv=on -> BOOST",
                        "10:00:30 -> BOOST",
                        "09:00:30 pv=off -> BOOST reason=MODE_DWELL at=09:01",
                        "09:01 -> NORMAL"),
                rule("a backward clock jump over midnight does not reset the day's counters",
                        "18:00 peak=on -> EVU",
                        "20:00 peak=off -> NORMAL",
                        "23:00 peak=on -> EVU locks=2 lockmin=120",
                        "24:00 -> EVU locks=1 lockmin=0",
                        "24:05 -> EVU lockmin=5",
                        "23:55 -> EVU locks=1 lockmin=5",
                        "24:00 -> EVU locks=1 lockmin=10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultRules")
    void withTheDefaultGuards(String rule, String[] rows) {
        Timeline.defaults().run(rows);
    }

    static Stream<Arguments> tunedRules() {
        LocalDate day = LocalDate.of(2026, 6, 22);
        return Stream.of(
                tuned("the day's lock minutes end a block early", GuardConfig.ofMinutes(10, 10, 120, 3, 150, 60),
                        SgMode.BOOST, day, "10:00 peak=on -> EVU", "12:00 -> NORMAL at=14:00",
                        "14:00 -> EVU next=NORMAL@14:30",
                        "14:30 -> NORMAL wanted=EVU reason=LOCK_BUDGET at=24:00 lockmin=150"),
                tuned("a late block needs only its part before midnight to fit the day",
                        GuardConfig.ofMinutes(10, 10, 120, 3, 125, 60), SgMode.BOOST, day, "10:00 peak=on -> EVU",
                        "12:00 peak=off -> NORMAL", "23:00 peak=on -> NORMAL wanted=EVU reason=LOCK_BUDGET at=23:55",
                        "23:55 -> EVU lockmin=120", "24:00 -> EVU locks=1 lockmin=0", "25:55 -> NORMAL lockmin=115"),
                tuned("with maxLocksPerDay 0 this system never locks, the grid operator still can",
                        GuardConfig.ofMinutes(10, 10, 120, 0, 360, 60), SgMode.BOOST, day,
                        "10:00 pv=on peak=on -> NORMAL wanted=EVU reason=LOCK_BUDGET at=- next=-",
                        "10:05 grid=on -> EVU source=GRID_LOCK event=OVERRIDDEN/GUARD_OVERRIDE",
                        "10:30 grid=off -> NORMAL wanted=EVU reason=LOCK_BUDGET at=-"),
                tuned("PV surplus can ask COMFORT instead of BOOST", DEFAULTS, SgMode.COMFORT, day,
                        "10:00 pv=on -> COMFORT source=PV_SURPLUS"),
                tuned("without a dwell a held-back lock switches to NORMAL at once",
                        GuardConfig.ofMinutes(10, 10, 120, 3, 360, 0), SgMode.BOOST, day, "10:00 peak=on -> EVU",
                        "10:10 peak=off pv=on -> BOOST", "10:10:10 peak=on -> NORMAL reason=LOCK_REARM at=10:20",
                        "10:20 -> EVU"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tunedRules")
    void withTunedGuards(String rule, GuardConfig config, SgMode pvMode, LocalDate day, String[] rows) {
        new Timeline(config, pvMode, Timeline.BRUSSELS, day).run(rows);
    }

    private static Arguments rule(String name, String... rows) {
        return Arguments.of(name, rows);
    }

    private static Arguments tuned(String name, GuardConfig config, SgMode pvMode, LocalDate day, String... rows) {
        return Arguments.of(name, config, pvMode, day, rows);
    }
}
