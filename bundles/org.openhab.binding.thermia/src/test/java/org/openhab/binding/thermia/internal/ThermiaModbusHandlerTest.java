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
package org.openhab.binding.thermia.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.thermia.internal.modbus.GenesisPeer;
import org.openhab.binding.thermia.internal.modbus.GenesisPeer.Counter;
import org.openhab.binding.thermia.internal.modbus.GenesisRegisters;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.UnDefType;

/**
 * The handler with the Modbus relay output and the Genesis monitoring against a real Modbus TCP peer
 * (python3-pymodbus, {@code genesis_peer.py}), on the test clock: the scheduler's tasks (relay writes, retries,
 * polls) run when the test moves the clock, in the test thread, so the only waits are the peer's own I/O.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThermiaModbusHandlerTest {

    private final HandlerFixture f = new HandlerFixture();
    private @Nullable GenesisPeer peer;

    @BeforeAll
    static void requirePymodbus() {
        assumeTrue(GenesisPeer.pymodbusAvailable(),
                "skipped: /usr/bin/python3 cannot import pymodbus (install the Debian package python3-pymodbus)");
    }

    @BeforeEach
    void startPeer() throws Exception {
        peer = GenesisPeer.start(false);
    }

    @AfterEach
    void stop() {
        f.handler.dispose();
        GenesisPeer g = peer;
        if (g != null) {
            g.close();
        }
    }

    private GenesisPeer peer() {
        GenesisPeer g = peer;
        assertNotNull(g);
        return g;
    }

    private Map<String, Object> modbusRelays() {
        return Map.of("relayOutput", "MODBUS", "relayHost", "127.0.0.1", "relayPort", peer().port());
    }

    private void assertCoils(int sg1, int sg2, String why) throws Exception {
        assertArrayEquals(new int[] { sg1, sg2 }, peer().coilsSeenByMbpoll(0, 2), "coils 0/1 (SG-1/SG-2): " + why);
    }

    private long statusesOf(ThingStatus status, int from) {
        return f.statuses.subList(from, f.statuses.size()).stream().filter(s -> s.getStatus() == status).count();
    }

    @Test
    void aCommandDrivesBothCoilsOnTheSchedulerNotOnTheCommandThread() throws Exception {
        f.startQuiet(modbusRelays());
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "online once the first write is confirmed");
        assertCoils(0, 0, "NORMAL after the start");
        peer().resetCounters();

        f.mode("BOOST");
        assertEquals(0, peer().count(Counter.WRITE_COIL), "handleCommand returns without touching the module");
        f.advanceSeconds(0);
        assertEquals(2, peer().count(Counter.WRITE_COIL), "the scheduler drives both coils");
        assertEquals(1, peer().count(Counter.READ_COILS), "and reads them back once");
        assertCoils(1, 1, "BOOST");
        assertEquals(OnOffType.ON, f.last(CHANNEL_RELAY_SG1), "relay-sg1 shows what the module confirmed");
        assertEquals(OnOffType.ON, f.last(CHANNEL_RELAY_SG2));
    }

    @Test
    void onlyTheLatestApprovedModeIsWrittenWhenCommandsComeFasterThanTheWrites() throws Exception {
        f.startQuiet(Map.of("relayOutput", "MODBUS", "relayHost", "127.0.0.1", "relayPort", peer().port(),
                "minModeDwellSeconds", 0));
        peer().resetCounters();
        f.mode("BOOST");
        f.mode("COMFORT");
        f.mode("EVU");
        f.advanceSeconds(0);
        assertEquals(2, peer().count(Counter.WRITE_COIL), "one write of both coils, for the last mode only");
        assertCoils(1, 0, "EVU, the last approved mode");
    }

    @Test
    void aModuleThatRestartsDuringALockIsDrivenAgainWithinTheReadBackPeriod() throws Exception {
        f.startQuiet(modbusRelays());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(0);
        assertCoils(1, 0, "EVU for the grid lock");
        f.advanceSeconds(15);
        assertEquals(new StringType("OK: EVU confirmed by relay module coils"), f.last(CHANNEL_RELAY_CHECK));

        Instant restarted = f.clock.instant();
        peer().restart();
        assertCoils(0, 0, "the module came back with its coils open: NORMAL, no lock");
        peer().resetCounters();
        int statuses = f.statuses.size();
        f.scheduler.advanceTo(restarted.plusSeconds(14));
        assertEquals(0, peer().count(Counter.WRITE_COIL), "nothing before the next read-back");
        f.scheduler.advanceTo(restarted.plusSeconds(15));
        assertCoils(1, 0, "driven again at the read-back, 15 s after the last one");
        assertEquals(2, peer().count(Counter.WRITE_COIL), "both coils written once");
        assertTrue(String.valueOf(f.last(CHANNEL_RELAY_CHECK)).startsWith(
                "MISMATCH: expected EVU, seen NORMAL on relay module coils"), "shown: " + f.last(CHANNEL_RELAY_CHECK));
        f.advanceSeconds(15);
        assertEquals(new StringType("OK: EVU confirmed by relay module coils"), f.last(CHANNEL_RELAY_CHECK),
                "the next read-back confirms the lock");
        assertEquals(0, statusesOf(ThingStatus.OFFLINE, statuses), "a restart between read-backs is no outage");
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus());
        assertFalse(String.valueOf(f.lastStatus().getDescription()).contains("not where the guards put them"),
                "the mismatch note is gone: " + f.lastStatus().getDescription());
    }

    @Test
    void aGridLockReachesTheModuleWithinFiveSecondsOfItAnsweringAgain() throws Exception {
        f.startQuiet(modbusRelays());
        RelayDriver driver = f.handler.relayDriver();
        assertNotNull(driver);
        assertCoils(0, 0, "NORMAL");
        peer().kill();
        f.advanceSeconds(15);
        ThingStatusInfo offline = f.lastStatus();
        assertEquals(ThingStatus.OFFLINE, offline.getStatus(), "the read-back finds the module gone");
        assertTrue(String.valueOf(offline.getDescription()).contains("Reading the coils 0/1 back failed"),
                String.valueOf(offline.getDescription()));

        f.advanceSeconds(300);
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(0);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "the guards apply the grid lock");
        int attempts = driver.attempts();
        f.advanceSeconds(200);
        assertTrue(driver.attempts() - attempts <= 5, "writes follow the backoff of up to 60 s while the module is "
                + "down, no hammering: " + (driver.attempts() - attempts));

        Instant back = f.clock.instant();
        peer().restart();
        f.scheduler.advanceTo(back.plus(RelayDriver.PROBE_INTERVAL));
        assertCoils(1, 0, "EVU within the probe interval of 2 s after the module answers, not at the end of a "
                + "backoff of up to 60 s");
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus());
    }

    @Test
    void aKilledModuleTakesTheThingOfflineAndTheLastApprovedModeIsWrittenWhenItAnswers() throws Exception {
        f.startQuiet(modbusRelays());
        RelayDriver driver = f.handler.relayDriver();
        assertNotNull(driver);
        Instant t0 = f.clock.instant();
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        f.advanceSeconds(0);
        assertCoils(1, 0, "EVU for the peak-shed lock");

        peer().kill();
        f.advanceSeconds(15);
        assertEquals(ThingStatus.OFFLINE, f.lastStatus().getStatus(), "seen by the read-back");
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, f.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(f.lastStatus().getDescription()).contains("127.0.0.1:" + peer().port()),
                "the status says where: " + f.lastStatus().getDescription());
        f.command(CHANNEL_PEAK_SHED, OnOffType.OFF);

        // while the module is down the guards release the lock (t0 + 600) and approve COMFORT (60 s dwell later)
        f.scheduler.advanceTo(t0.plusSeconds(605));
        f.command(CHANNEL_COMFORT_REQUEST, OnOffType.ON);
        f.scheduler.advanceTo(t0.plusSeconds(700));
        assertEquals(new StringType("COMFORT"), f.last(CHANNEL_SG_MODE), "the guards approved COMFORT meanwhile");
        assertEquals(ThingStatus.OFFLINE, f.lastStatus().getStatus());
        assertTrue(driver.attempts() <= 20, "one write per backoff step (1, 2, 4 … 60 s), probes write nothing: "
                + driver.attempts());

        peer().restart();
        int before = f.statuses.size();
        f.scheduler.advanceTo(t0.plusSeconds(700).plus(RelayDriver.PROBE_INTERVAL));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "online again once the write is confirmed");
        assertCoils(0, 1, "the LAST approved mode, COMFORT, not the NORMAL approved in between");
        assertEquals(2, peer().count(Counter.WRITE_COIL), "both coils driven once");
        f.scheduler.advanceTo(t0.plusSeconds(1500));
        assertEquals(2, peer().count(Counter.WRITE_COIL), "nothing more to write: no flapping");
        assertEquals(1, statusesOf(ThingStatus.ONLINE, before), "one ONLINE after the restart");
        assertEquals(0, statusesOf(ThingStatus.OFFLINE, before), "and no OFFLINE since");
    }

    @Test
    void aRestoredGridLockEndsByTheRuleAndTheCoilsFollow() throws Exception {
        f.startQuiet(modbusRelays());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(0);
        assertCoils(1, 0, "EVU for the grid lock");
        Instant lockedAt = f.clock.instant();
        f.handler.dispose();

        // openHAB is down for 30 min; nothing ever switches the grid lock OFF, and no linked item confirms it
        f.advanceSeconds(30 * 60);
        f.start(f.create(modbusRelays()));
        f.advanceSeconds(0);
        assertCoils(1, 0, "the restored lock holds, for now");
        Instant end = lockedAt.plus(Duration.ofMinutes(120));
        f.scheduler.advanceTo(end.minusSeconds(1));
        assertCoils(1, 0, "one second before the end of maxGridLockMinutes (120 min) since it was switched ON");
        f.scheduler.advanceTo(end);
        assertCoils(0, 0, "the module is released when the restored request ends by the rule");
        assertEquals(OnOffType.OFF, f.last(CHANNEL_GRID_LOCK), "the request channel says it ended");
        assertTrue(String.valueOf(f.last(CHANNEL_LAST_EVENT)).contains("maxGridLockMinutes (2 h)"),
                String.valueOf(f.last(CHANNEL_LAST_EVENT)));
    }

    @Test
    void theLockCountersAdvanceDuringAFiveHourGridLock() throws Exception {
        f.startQuiet(modbusRelays());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(0);
        assertCoils(1, 0, "EVU for the grid lock");
        for (int hour = 1; hour <= 5; hour++) {
            f.advanceSeconds(3600);
            assertEquals(new QuantityType<>(60 * hour, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY),
                    "lock time after " + hour + " h of the lock");
            assertEquals(new DecimalType(1), f.last(CHANNEL_LOCKS_TODAY), "one lock block");
        }
        assertCoils(1, 0, "and the module still holds it, read back every 15 s");
        assertEquals(new StringType("OK: EVU confirmed by relay module coils"), f.last(CHANNEL_RELAY_CHECK));
    }

    private Map<String, Object> genesis(int graceSeconds) {
        return Map.of("genesisHost", "127.0.0.1", "genesisPort", peer().port(), "pollInterval", 10,
                "wiringGraceTime", graceSeconds);
    }

    @Test
    void aPollPublishesConvertedValuesWithThreeReads() throws Exception {
        f.start(f.create(genesis(60)));
        peer().resetCounters();
        f.advanceSeconds(0);
        assertEquals(GenesisRegisters.REQUESTS_PER_POLL, peer().totalRequests(), "two block reads and one input read");
        assertEquals(new QuantityType<>(35.0, SIUnits.CELSIUS), f.last(CHANNEL_SUPPLY_TEMPERATURE), "3500 x 0.01");
        assertEquals(new QuantityType<>(-0.25, SIUnits.CELSIUS), f.last(CHANNEL_RETURN_TEMPERATURE), "signed");
        assertEquals(new QuantityType<>(-5.5, SIUnits.CELSIUS), f.last(CHANNEL_OUTDOOR_TEMPERATURE));
        assertEquals(new QuantityType<>(48.0, SIUnits.CELSIUS), f.last(CHANNEL_TAP_WATER_TEMPERATURE));
        assertEquals(new QuantityType<>(65.43, Units.PERCENT), f.last(CHANNEL_COMPRESSOR_SPEED));
        assertEquals(new QuantityType<>(5120.0, Units.WATT), f.last(CHANNEL_THERMAL_POWER), "5.12 kW");
        assertEquals(new QuantityType<>(1350.0, Units.WATT), f.last(CHANNEL_ELECTRIC_POWER), "1.35 kW");
        assertEquals(new DecimalType(3), f.last(CHANNEL_OPERATING_STATUS));
        assertEquals(OnOffType.ON, f.last(CHANNEL_COMPRESSOR_RUNNING));
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_STATUS));
        assertEquals(OnOffType.ON, f.last(CHANNEL_CONTACT_SG1), "input 201");
        assertEquals(OnOffType.OFF, f.last(CHANNEL_CONTACT_SG2), "input 204");

        peer().setInputRegister(GenesisRegisters.TAP_WATER_WEIGHTED, GenesisRegisters.NOT_AVAILABLE);
        peer().setInputRegister(GenesisRegisters.SMART_GRID_STATUS, 2);
        f.advanceSeconds(10);
        assertEquals(UnDefType.UNDEF, f.last(CHANNEL_TAP_WATER_TEMPERATURE), "32767 is 'not available'");
        assertEquals(UnDefType.UNDEF, f.last(CHANNEL_SG_STATUS), "2 is no SG-Ready mode");
    }

    @Test
    void aStatusRegisterThatDisagreesLongerThanTheGraceTimeIsOneMismatchWarning() throws Exception {
        f.start(f.create(genesis(60)));
        Instant t0 = f.clock.instant();
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.advanceSeconds(0);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "the grid lock is applied at once");
        assertTrue(String.valueOf(f.last(CHANNEL_WIRING_CHECK)).startsWith("OK: EVU confirmed"),
                "the peer reports EVU on register 82 and inputs 201/204: " + f.last(CHANNEL_WIRING_CHECK));

        peer().setInputRegister(GenesisRegisters.SMART_GRID_STATUS, 4);
        f.scheduler.advanceTo(t0.plusSeconds(10));
        assertTrue(String.valueOf(f.last(CHANNEL_WIRING_CHECK))
                .startsWith("SETTLING: expected EVU, seen NORMAL on Smart Grid status (register 82)"),
                "a fresh disagreement is given the grace time: " + f.last(CHANNEL_WIRING_CHECK));
        f.scheduler.advanceTo(t0.plusSeconds(60));
        assertTrue(String.valueOf(f.last(CHANNEL_WIRING_CHECK)).startsWith("SETTLING"),
                "50 s of 60 s grace: " + f.last(CHANNEL_WIRING_CHECK));
        f.commands.clear();
        f.scheduler.advanceTo(t0.plusSeconds(70));
        assertEquals(new StringType("MISMATCH: expected EVU, seen NORMAL on Smart Grid status (register 82) since "
                + "20:00; driving the relays again (1 of 3)"), f.last(CHANNEL_WIRING_CHECK),
                "60 s after the first disagreeing poll (20:00:10 local time)");
        assertEquals(List.of("relay-sg2=OFF", "relay-sg1=ON"), f.relayCommands(),
                "the relays are driven again, both contacts in the safe order");
        assertTrue(String.valueOf(f.lastStatus().getDescription())
                .contains("the heat pump does not see the mode the relays were driven to"),
                "the Thing says so: " + f.lastStatus().getDescription());
        f.scheduler.advanceTo(t0.plusSeconds(600));
        GenesisMonitor monitor = f.handler.genesisMonitor();
        assertNotNull(monitor);
        assertEquals(4, monitor.mismatchWarnings(), "a warning at each of the three attempts and the last verdict, "
                + "a grace of 60 s after each attempt; not one per poll");
        assertEquals(6, f.relayCommands().size(), "three attempts, then only shown");
        assertTrue(String.valueOf(f.last(CHANNEL_WIRING_CHECK)).contains("driven again 3 times without success"),
                String.valueOf(f.last(CHANNEL_WIRING_CHECK)));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "a mismatch is a warning, not an outage");

        peer().setInputRegister(GenesisRegisters.SMART_GRID_STATUS, 1);
        f.scheduler.advanceTo(t0.plusSeconds(610));
        assertTrue(String.valueOf(f.last(CHANNEL_WIRING_CHECK)).startsWith("OK"), "agrees again");
    }

    @Test
    void aFailingPollSetsTheChannelsUndefButKeepsTheThingOnline() throws Exception {
        f.start(f.create(genesis(60)));
        f.advanceSeconds(0);
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus());
        peer().kill();
        f.advanceSeconds(10);
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "the relay channels do not need the heat pump");
        assertTrue(String.valueOf(f.lastStatus().getDescription()).contains("Genesis monitoring: "),
                "the status says monitoring fails: " + f.lastStatus().getDescription());
        for (String channel : GenesisStates.CHANNELS) {
            assertEquals(UnDefType.UNDEF, f.last(channel), channel + " is UNDEF while the heat pump does not answer");
        }
        int published = f.statuses.size();
        f.advanceSeconds(60);
        assertEquals(published, f.statuses.size(), "failing polls do not repeat the status");

        peer().restart();
        f.advanceSeconds(10);
        assertFalse(String.valueOf(f.lastStatus().getDescription()).contains("Genesis monitoring"),
                "the note is gone once it answers: " + f.lastStatus().getDescription());
        assertEquals(new QuantityType<>(35.0, SIUnits.CELSIUS), f.last(CHANNEL_SUPPLY_TEMPERATURE));
    }

    @Test
    void disposeStopsThePolls() throws Exception {
        f.start(f.create(genesis(60)));
        f.advanceSeconds(0);
        f.handler.dispose();
        assertEquals(0, f.scheduler.pending(), "no poll, write or step is left scheduled");
        peer().resetCounters();
        f.advanceSeconds(600);
        assertEquals(0, peer().totalRequests(), "no poll after dispose");
    }
}
