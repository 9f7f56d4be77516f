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
import static org.openhab.binding.thermia.internal.ThermiaBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.thermia.internal.modbus.Backoff;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;

/**
 * The heatpump handler against the stand-in: commands become relay channel states, deferrals become
 * {@code next-change}, the grid lock is mandatory, overrides expire, the guards survive a restart.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
class ThermiaHandlerTest {

    private final HandlerFixture f = new HandlerFixture();

    /** The relay items are driven by commands (the follow profile passes them on; a state update would not). */
    private void assertRelays(OnOffType sg1, OnOffType sg2, String why) {
        assertEquals(sg1, f.lastCommand(CHANNEL_RELAY_SG1), "relay-sg1 (409): " + why);
        assertEquals(sg2, f.lastCommand(CHANNEL_RELAY_SG2), "relay-sg2 (408): " + why);
    }

    @ParameterizedTest(name = "sg-mode {0} drives relay-sg1 {1}, relay-sg2 {2}")
    @CsvSource({ "NORMAL, OFF, OFF", "COMFORT, OFF, ON", "EVU, ON, OFF", "BOOST, ON, ON" })
    void aManualModeCommandDrivesTheRelayChannelsOfThatMode(String mode, OnOffType sg1, OnOffType sg2) {
        f.startQuiet(Map.of());
        f.mode(mode);
        assertRelays(sg1, sg2, "after the command " + mode + " outside any guard window");
        assertEquals(new StringType(mode), f.last(CHANNEL_SG_MODE), "sg-mode shows the effective mode");
        assertEquals(new StringType("MANUAL_OVERRIDE"), f.last(CHANNEL_ACTIVE_SOURCE));
    }

    @ParameterizedTest(name = "{0} ON gives {1}")
    @CsvSource({ "grid-lock, EVU", "peak-shed, EVU", "pv-boost, BOOST", "comfort-request, COMFORT" })
    void eachRequestChannelAsksForItsMode(String channel, String mode) {
        f.startQuiet(Map.of());
        f.command(channel, OnOffType.ON);
        assertEquals(new StringType(mode), f.last(CHANNEL_SG_MODE), channel + " ON outside any guard window");
        assertEquals(new StringType(mode), f.last(CHANNEL_WANTED_MODE));
    }

    @Test
    void pvSurplusAsksForComfortWhenConfiguredSo() {
        f.startQuiet(Map.of("pvSurplusMode", "COMFORT"));
        f.command(CHANNEL_PV_BOOST, OnOffType.ON);
        assertRelays(OnOffType.OFF, OnOffType.ON, "PV surplus with pvSurplusMode COMFORT gives 0/1");
    }

    @Test
    void lastEventGivesTimesInOpenHabsTimeZone() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        assertEquals(new StringType("NORMAL -> EVU by GRID_LOCK applied; relays may change again from 08:10"),
                f.last(CHANNEL_LAST_EVENT), "08:00 in Brussels, the lock held minLockMinutes 10");
        f.scheduler.advanceTo(HandlerFixture.QUIET.plus(Duration.ofMinutes(15)));
        f.command(CHANNEL_GRID_LOCK, OnOffType.OFF);
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        assertEquals(new StringType("NORMAL -> EVU by PEAK_SHED deferred (LOCK_BUDGET) until 08:30"),
                f.last(CHANNEL_LAST_EVENT), "the release at 08:15 lasts as long as the 15 min block before it");
    }

    @Test
    void aChangeInsideTheDwellIsDeferredAndShownAsNextChange() {
        f.startQuiet(Map.of());
        Instant t = f.clock.instant();
        f.mode("COMFORT");
        f.mode("BOOST");
        assertRelays(OnOffType.OFF, OnOffType.ON, "BOOST waits for the 60 s dwell after COMFORT");
        assertEquals(new StringType("BOOST"), f.last(CHANNEL_WANTED_MODE), "the wanted mode is kept, not dropped");
        assertEquals(new DateTimeType(t.plusSeconds(60)), f.last(CHANNEL_NEXT_CHANGE),
                "next-change = COMFORT applied at t + minModeDwellSeconds 60 s");
        assertTrue(String.valueOf(f.last(CHANNEL_LAST_EVENT)).contains("MODE_DWELL"),
                "last-event names the rule: " + f.last(CHANNEL_LAST_EVENT));

        f.scheduler.advanceTo(t.plusSeconds(59));
        assertRelays(OnOffType.OFF, OnOffType.ON, "one second before the dwell ends");
        f.scheduler.advanceTo(t.plusSeconds(60));
        assertRelays(OnOffType.ON, OnOffType.ON, "the handler's timer applies BOOST when the dwell ends");
        assertEquals(UnDefType.UNDEF, f.last(CHANNEL_NEXT_CHANGE), "nothing is pending any more");
    }

    @Test
    void theGridLockIsAppliedAtOnceEvenInsideAGuardWindow() {
        f.startQuiet(Map.of());
        f.mode("COMFORT");
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        assertRelays(OnOffType.ON, OnOffType.OFF, "the grid operator's lock goes through the dwell at once");
        assertEquals(new StringType("GRID_LOCK"), f.last(CHANNEL_ACTIVE_SOURCE));
        assertTrue(String.valueOf(f.last(CHANNEL_LAST_EVENT)).contains("overriding"),
                "last-event reports the guard override: " + f.last(CHANNEL_LAST_EVENT));
        assertEquals(new DecimalType(1), f.last(CHANNEL_LOCKS_TODAY));
    }

    @Test
    void aPeakShedLockIsHeldForTheMinimumLockTime() {
        f.startQuiet(Map.of());
        Instant t = f.clock.instant();
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        f.advanceSeconds(120);
        f.command(CHANNEL_PEAK_SHED, OnOffType.OFF);
        assertRelays(OnOffType.ON, OnOffType.OFF, "EVU stays for minLockMinutes 10");
        assertEquals(new DateTimeType(t.plusSeconds(600)), f.last(CHANNEL_NEXT_CHANGE), "lock at t + 10 min");
        f.scheduler.advanceTo(t.plusSeconds(600));
        assertRelays(OnOffType.OFF, OnOffType.OFF, "released when the hold ends");
        assertEquals(new QuantityType<>(10, Units.MINUTE), f.last(CHANNEL_LOCK_TIME_TODAY), "10 min locked");
    }

    @Test
    void aManualOverrideExpiresAfterTheConfiguredMinutes() {
        f.startQuiet(Map.of("overrideExpiryMinutes", 30));
        Instant t = f.clock.instant();
        f.mode("COMFORT");
        f.scheduler.advanceTo(t.plusSeconds(30 * 60 - 1));
        assertEquals(new StringType("COMFORT"), f.last(CHANNEL_SG_MODE), "one second before the expiry");
        f.scheduler.advanceTo(t.plusSeconds(30 * 60));
        assertEquals(new StringType("NORMAL"), f.last(CHANNEL_SG_MODE), "back to automatic after 30 min");
        assertEquals(new StringType("DEFAULT"), f.last(CHANNEL_ACTIVE_SOURCE));
    }

    @Test
    void autoReleasesTheOverrideAndTheRequestsDecideAgain() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_COMFORT_REQUEST, OnOffType.ON);
        f.advanceSeconds(120);
        f.mode("BOOST");
        f.advanceSeconds(120);
        f.mode("auto");
        assertEquals(new StringType("COMFORT"), f.last(CHANNEL_SG_MODE), "the comfort request wins again");
        assertEquals(new StringType("COMFORT_REQUEST"), f.last(CHANNEL_ACTIVE_SOURCE));
    }

    @Test
    void anUnknownModeCommandIsIgnored() {
        f.startQuiet(Map.of());
        f.mode("COMFORT");
        int published = f.states.size();
        f.mode("TURBO");
        f.command(CHANNEL_SG_MODE, OnOffType.ON);
        assertEquals(published, f.states.size(), "an unknown command changes no channel");
        assertRelays(OnOffType.OFF, OnOffType.ON, "the relays stay in COMFORT");
    }

    @Test
    void theGuardsContinueAfterARestart() {
        f.startQuiet(Map.of());
        Instant t = f.clock.instant();
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        f.advanceSeconds(120);
        f.handler.dispose();
        assertEquals(0, f.scheduler.pending(), "dispose cancels the handler's timers");

        f.advanceSeconds(60);
        f.start(f.create(Map.of()));
        assertRelays(OnOffType.ON, OnOffType.OFF, "the restored lock and peak-shed request keep EVU");
        f.command(CHANNEL_PEAK_SHED, OnOffType.OFF);
        assertRelays(OnOffType.ON, OnOffType.OFF, "the lock hold that began before the restart still holds");
        assertEquals(new DateTimeType(t.plusSeconds(600)), f.last(CHANNEL_NEXT_CHANGE),
                "release at the lock start before the restart + 10 min");
    }

    @Test
    void withoutSavedHistoryALockJustEndedIsAssumed() {
        f.start(f.create(Map.of()));
        Instant t = f.clock.instant();
        assertTrue(String.valueOf(f.last(CHANNEL_LAST_EVENT)).contains("unknown"),
                "last-event tells the history was unknown: " + f.last(CHANNEL_LAST_EVENT));
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        assertRelays(OnOffType.OFF, OnOffType.OFF, "a discretionary lock waits after the assumed lock");
        assertEquals(new DateTimeType(t.plusSeconds(120 * 60)), f.last(CHANNEL_NEXT_CHANGE),
                "assumed block of maxLockMinutes 120 ended at start; the release lasts at least as long: start + 120 min");
    }

    @Test
    void theStateIsSavedOnEveryChange() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_PV_BOOST, OnOffType.ON);
        assertTrue(String.valueOf(f.stored.get(ControllerStore.KEY_GUARD)).contains("eff=BOOST"),
                "the saved guard state has the relays in BOOST: " + f.stored.get(ControllerStore.KEY_GUARD));
        assertEquals("0010;-;-;" + HandlerFixture.QUIET + ";-", f.stored.get(ControllerStore.KEY_REQUESTS),
                "the saved requests: only PV surplus, switched ON now");
    }

    @Test
    void refreshRepublishesTheChannel() {
        f.startQuiet(Map.of());
        f.mode("EVU");
        f.states.clear();
        f.command(CHANNEL_SG_MODE, RefreshType.REFRESH);
        f.command(CHANNEL_PEAK_SHED, RefreshType.REFRESH);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE));
        assertEquals(OnOffType.OFF, f.last(CHANNEL_PEAK_SHED));
    }

    @Test
    void theRelayChannelsNeverPublishAStateThatWouldOverwriteTheRelayItem() {
        f.startQuiet(Map.of());
        f.mode("EVU");
        int commands = f.commands.size();
        f.command(CHANNEL_RELAY_SG1, RefreshType.REFRESH);
        f.command(CHANNEL_RELAY_SG2, RefreshType.REFRESH);
        assertNull(f.last(CHANNEL_RELAY_SG1), "with the default profile a state would set the relay item's state");
        assertNull(f.last(CHANNEL_RELAY_SG2));
        assertEquals(commands, f.commands.size(), "a refresh sends no command either");
    }

    @Test
    void theRelayItemsAreCommandedInTheOrderThatNeverPassesThroughEvu() {
        f.startQuiet(Map.of());
        f.mode("BOOST");
        f.advanceSeconds(60);
        f.commands.clear();
        f.mode("NORMAL");
        assertEquals(List.of("relay-sg1=OFF", "relay-sg2=OFF"), f.relayCommands(),
                "BOOST -> NORMAL opens SG-1 first (BOOST, COMFORT, NORMAL), never 1/0 on the way");
        f.advanceSeconds(60);
        f.commands.clear();
        f.mode("COMFORT");
        f.advanceSeconds(60);
        f.mode("EVU");
        assertEquals(List.of("relay-sg2=ON", "relay-sg2=OFF", "relay-sg1=ON"), f.relayCommands(),
                "NORMAL -> COMFORT, then COMFORT -> EVU opens SG-2 before SG-1 closes (passing NORMAL, not BOOST)");
    }

    @Test
    void aRelayItemLinkedLaterIsCommandedToWhereTheGuardsPutTheRelays() {
        f.startQuiet(Map.of());
        f.mode("EVU");
        f.commands.clear();
        f.handler.channelLinked(new ChannelUID(HandlerFixture.UID, CHANNEL_RELAY_SG1));
        f.handler.channelLinked(new ChannelUID(HandlerFixture.UID, CHANNEL_RELAY_SG2));
        assertEquals(List.of("relay-sg1=ON", "relay-sg2=OFF"), f.relayCommands(), "EVU: 409 closed, 408 open");
        assertNull(f.last(CHANNEL_RELAY_SG1), "and no state");
    }

    @Test
    void aGridLockCommandsTheRelayItemsAtOnce() {
        f.startQuiet(Map.of());
        f.commands.clear();
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        assertEquals(List.of("relay-sg1=ON"), f.relayCommands(), "NORMAL -> EVU closes only SG-1 (409)");
    }

    @Test
    void theRelayItemsEchoIsReadBackAndNeverAnOverride() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        int commands = f.commands.size();
        // the follow profile turns each state update of the relay items into a command to these channels
        f.command(CHANNEL_RELAY_SG1, OnOffType.ON);
        f.command(CHANNEL_RELAY_SG2, OnOffType.OFF);
        assertEquals(new StringType("OK: EVU confirmed by relay items"), f.last(CHANNEL_RELAY_CHECK));
        assertEquals(commands, f.commands.size(), "a read-back sends no command");
        assertEquals(new StringType("GRID_LOCK"), f.last(CHANNEL_ACTIVE_SOURCE), "no manual override was made");
        f.advanceSeconds(3600);
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "the grid lock still decides");
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus());
    }

    @Test
    void aRelayItemThatReportsAnotherPositionIsCommandedAgainAfterTheGraceAndShown() {
        f.startQuiet(Map.of("designLockHours", 6));
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.command(CHANNEL_RELAY_SG1, OnOffType.ON);
        f.command(CHANNEL_RELAY_SG2, OnOffType.OFF);
        f.commands.clear();
        Instant t = f.clock.instant();
        // the relay of 409 falls back (switched by hand, or its binding reports it did not switch)
        f.command(CHANNEL_RELAY_SG1, OnOffType.OFF);
        assertTrue(String.valueOf(f.last(CHANNEL_RELAY_CHECK)).startsWith("SETTLING: expected EVU, seen NORMAL"),
                "a fresh disagreement gets the relay items' grace of 10 s: " + f.last(CHANNEL_RELAY_CHECK));
        assertEquals(List.of(), f.relayCommands(), "nothing is commanded within the grace");
        f.scheduler.advanceTo(t.plus(RelayControl.ITEMS_GRACE).minusSeconds(1));
        assertEquals(List.of(), f.relayCommands(), "one second before the grace ends");
        f.scheduler.advanceTo(t.plus(RelayControl.ITEMS_GRACE));
        assertEquals(List.of("relay-sg2=OFF", "relay-sg1=ON"), f.relayCommands(),
                "both relays commanded again, in the safe order");
        assertTrue(String.valueOf(f.last(CHANNEL_RELAY_CHECK)).startsWith("MISMATCH: expected EVU, seen NORMAL on "
                + "relay items"), "shown: " + f.last(CHANNEL_RELAY_CHECK));
        assertTrue(String.valueOf(f.lastStatus().getDescription())
                .startsWith("the relays are not where the guards put them: expected EVU, seen NORMAL"),
                "the Thing says so: " + f.lastStatus().getDescription());
        assertEquals(new StringType("EVU"), f.last(CHANNEL_SG_MODE), "sg-mode stays what the guards applied");
        assertEquals(new StringType("GRID_LOCK"), f.last(CHANNEL_ACTIVE_SOURCE), "and the read-back is no override");

        f.command(CHANNEL_RELAY_SG1, OnOffType.ON);
        f.command(CHANNEL_RELAY_SG2, OnOffType.OFF);
        assertEquals(new StringType("OK: EVU confirmed by relay items"), f.last(CHANNEL_RELAY_CHECK),
                "the relay followed the second command");
        assertNull(f.lastStatus().getDescription(), "the note is gone");
    }

    @Test
    void aRelayItemThatNeverFollowsIsCommandedAgainThreeTimesThenOnlyShown() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_GRID_LOCK, OnOffType.ON);
        f.command(CHANNEL_RELAY_SG1, OnOffType.OFF);
        f.command(CHANNEL_RELAY_SG2, OnOffType.OFF);
        f.commands.clear();
        int answered = 0;
        for (int second = 0; second < 600; second++) {
            f.advanceSeconds(1);
            List<String> commanded = f.relayCommands();
            for (; answered < commanded.size(); answered++) {
                // openHAB's auto-update echoes each command at once, then the relay's binding reports 409 open
                String[] command = commanded.get(answered).split("=");
                f.command(command[0], OnOffType.valueOf(command[1]));
                f.command(CHANNEL_RELAY_SG1, OnOffType.OFF);
            }
        }
        assertEquals(List.of("relay-sg2=OFF", "relay-sg1=ON", "relay-sg2=OFF", "relay-sg1=ON", "relay-sg2=OFF",
                "relay-sg1=ON"), f.relayCommands(), "three attempts, a grace of 10 s after each");
        assertTrue(String.valueOf(f.last(CHANNEL_RELAY_CHECK)).contains("driven again 3 times without success"),
                "and then only shown: " + f.last(CHANNEL_RELAY_CHECK));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "a warning, not an outage");
    }

    @Test
    void aRestartCommandsBothRelayItemsToWhereTheGuardsSay() {
        f.startQuiet(Map.of());
        f.command(CHANNEL_PEAK_SHED, OnOffType.ON);
        f.advanceSeconds(120);
        f.handler.dispose();
        f.commands.clear();
        f.start(f.create(Map.of()));
        assertEquals(List.of("relay-sg2=OFF", "relay-sg1=ON"), f.relayCommands(),
                "after a restart the relay items' positions are unknown: both are commanded, SG-2 opens first");
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = { "minLockMinutes|200|minLockMinutes must be between 0 and 120",
            "maxLockMinutes|0|maxLockMinutes must be between 1 and 1440",
            "maxLocksPerDay|49|maxLocksPerDay must be between 0 and 48",
            "minModeDwellSeconds|4000|minModeDwellSeconds must be between 0 and 3600",
            "pvSurplusMode|EVU|pvSurplusMode must be BOOST or COMFORT",
            "overrideExpiryMinutes|-5|overrideExpiryMinutes must be between 0 and 10080",
            "designLockHours|30|designLockHours must be between 0 and 24",
            "heatPumpPowerKw|-1|heatPumpPowerKw must be between 0 and 1000 kW",
            "relayOutput|GPIO|relayOutput must be CHANNELS or MODBUS",
            "relayOutput|MODBUS|relayHost must be a host name or IP address" })
    void anInvalidParameterPutsTheThingOfflineNamingIt(String name, String value, String message) {
        Map<String, Object> config = new HashMap<>();
        config.put(name, value.matches("-?[0-9.]+") ? new java.math.BigDecimal(value) : value);
        f.start(f.create(config));
        ThingStatusInfo status = f.lastStatus();
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertTrue(String.valueOf(status.getDescription()).contains(message),
                "expected '" + message + "' in: " + status.getDescription());
        assertEquals(0, f.scheduler.pending(), "an unconfigured Thing schedules nothing");
    }

    @Test
    void aGenesisParameterIsCheckedWhenAConnectionIsConfigured() {
        f.start(f.create(Map.of("genesisHost", "192.0.2.7", "pollInterval", 1)));
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, f.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(f.lastStatus().getDescription()).contains("pollInterval must be between 5 and"),
                String.valueOf(f.lastStatus().getDescription()));
    }

    @Test
    void anUnknownParameterPutsTheThingOfflineNamingTheNearestKnownOne() {
        // a typo in a .things file must not leave the default lock time in force unnoticed
        f.start(f.create(Map.of("minLockMinuts", 30)));
        assertEquals(ThingStatus.OFFLINE, f.lastStatus().getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, f.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(f.lastStatus().getDescription())
                .startsWith("unknown parameter 'minLockMinuts' for the heat pump (did you mean 'minLockMinutes'?)"),
                String.valueOf(f.lastStatus().getDescription()));
        assertEquals(0, f.scheduler.pending(), "an unconfigured Thing schedules nothing");
    }

    @Test
    void aParameterOfAnEarlierVersionIsIgnored() {
        f.start(f.create(Map.of("powerControl", true)));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(),
                "an update must not take the heat pump offline for a parameter it no longer has");
    }

    @Test
    void anInvalidModbusCoilPutsTheThingOfflineNamingIt() {
        f.start(f.create(Map.of("relayOutput", "MODBUS", "relayHost", "192.0.2.8", "relayCoilSg1", 3,
                "relayCoilSg2", 3)));
        assertEquals(ThingStatus.OFFLINE, f.lastStatus().getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, f.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(f.lastStatus().getDescription()).contains("relayCoilSg2 must differ"),
                "the message names the parameter: " + f.lastStatus().getDescription());
    }

    @Test
    void aModbusRelayOutputIsNotWrittenOnTheCommandThread() {
        f.start(f.create(Map.of("relayOutput", "MODBUS", "relayHost", "192.0.2.8")));
        assertEquals(ThingStatus.UNKNOWN, f.lastStatus().getStatus(), "unknown until the first write is confirmed");
        RelayDriver driver = f.handler.relayDriver();
        assertNotNull(driver);
        assertEquals(0, driver.attempts(), "initialize and commands only schedule the write");
        assertTrue(f.scheduler.pending() > 0, "the write waits on the scheduler");
        f.handler.dispose();
        assertEquals(0, f.scheduler.pending(), "dispose cancels the pending write");
    }

    @Test
    void aLockBudgetBeyondTheSizingIsAWarningInTheStatus() {
        f.start(f.create(Map.of("designLockHours", 2)));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "a warning, not an error");
        assertTrue(String.valueOf(f.lastStatus().getDescription()).contains("lock budget exceeds the sizing"),
                "3 x 120 min = 360 min > 2 h: " + f.lastStatus().getDescription());
        assertEquals("360 min", f.thing.getProperties().get(PROPERTY_DAILY_LOCK_LIMIT));
    }

    @Test
    void aThingWithTheDefaultConfigurationIsOnlineWithoutAWarning() throws Exception {
        // as the UI adds it (thing-types.xml's defaults filled in) and as a .things file without parameters
        for (Map<String, Object> config : List.of(ThingTypeParametersTest.defaultConfiguration(),
                Map.<String, Object> of())) {
            f.start(f.create(config));
            assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), f.lastStatus(),
                    "the default budget (360 min) fits the default sizing (6 h): " + config);
            assertEquals("360 min", f.thing.getProperties().get(PROPERTY_DAILY_LOCK_LIMIT));
            f.handler.dispose();
        }
    }

    @Test
    void aLockBudgetWithinTheSizingGivesAPlainOnline() {
        f.start(f.create(Map.of("designLockHours", 6)));
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus());
        assertNull(f.lastStatus().getDescription(), "360 min budget <= 6 h design: nothing to say");
    }

    @ParameterizedTest(name = "{0} kW + {1} kW: {2}")
    @CsvSource(delimiter = '|', value = { "3.5|3|yes (6.5 kW > 4.2 kW)", "3|1.2|no (4.2 kW <= 4.2 kW)" })
    void theControllableConsumerClassificationIsAThingProperty(double pump, double aux, String expected) {
        f.start(f.create(Map.of("heatPumpPowerKw", pump, "auxiliaryHeaterPowerKw", aux)));
        assertEquals(expected, f.thing.getProperties().get(PROPERTY_CONTROLLABLE_CONSUMER));
    }

    @Test
    void aFailingRelayOutputPutsTheThingOfflineAndIsDrivenAgain() {
        List<String> writes = new java.util.ArrayList<>();
        boolean[] failing = { true };
        ThermiaHandler handler = new ThermiaHandler(f.thing, f.storageService, f.clock, f.scheduler.executor) {
            @Override
            protected org.openhab.binding.thermia.internal.relay.RelayOutput createRelayOutput(
                    ThermiaConfiguration.RelayOutputKind kind, ThermiaConfiguration config) {
                return new org.openhab.binding.thermia.internal.relay.RelayOutput() {
                    @Override
                    public void write(org.openhab.smartgrid.core.mode.SgMode mode)
                            throws org.openhab.binding.thermia.internal.relay.RelayOutputException {
                        writes.add(mode.name());
                        if (failing[0]) {
                            throw new org.openhab.binding.thermia.internal.relay.RelayOutputException(
                                    "relay module 192.0.2.8:502 does not answer");
                        }
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        f.handler = handler;
        f.start(handler);
        f.advanceSeconds(0); // the write runs on the scheduler
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, f.lastStatus().getStatusDetail());
        assertEquals("relay module 192.0.2.8:502 does not answer", f.lastStatus().getDescription());
        f.advanceSeconds(Backoff.DEFAULT_INITIAL.toSeconds());
        f.advanceSeconds(Backoff.DEFAULT_INITIAL.toSeconds() * 2);
        assertEquals(List.of("NORMAL", "NORMAL", "NORMAL"), writes, "retried after 1 s, then after 2 s");
        failing[0] = false;
        f.advanceSeconds(Backoff.DEFAULT_INITIAL.toSeconds() * 4);
        assertEquals(ThingStatus.ONLINE, f.lastStatus().getStatus(), "back online once the write succeeds");
        assertEquals(List.of("NORMAL", "NORMAL", "NORMAL", "NORMAL"), writes,
                "the approved mode is driven again after the backoff delay of 4 s");
        assertEquals(OnOffType.OFF, f.last(CHANNEL_RELAY_SG1), "the relay channels show what the output wrote");
        f.advanceSeconds(3600);
        assertEquals(4, writes.size(), "no more writes once the relays are in place");
    }
}
