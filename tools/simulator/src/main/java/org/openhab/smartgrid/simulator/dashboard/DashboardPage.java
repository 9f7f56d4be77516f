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
package org.openhab.smartgrid.simulator.dashboard;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The live dashboard page: self-contained (inline CSS and a small script of our own, no network besides its own
 * event stream), drawing on canvases as steps arrive. Readable on a phone.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class DashboardPage {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Smart Grid simulator: live</title>
            <link rel="icon" href="data:,">
            <style>
            body { margin: 0; font-family: system-ui, sans-serif; background: #f6f7f9; color: #1d232b; }
            main { max-width: 1100px; margin: 0 auto; padding: 10px; }
            h1 { font-size: 1.3rem; margin: .3rem 0; }
            section { background: #fff; border-radius: 8px; padding: 8px 10px; margin: 10px 0;
              box-shadow: 0 1px 2px rgba(0,0,0,.08); }
            h2 { font-size: 1rem; margin: .1rem 0 .4rem; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 8px; }
            .card { background: #fff; border-radius: 8px; padding: 8px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
            .card b { display: block; font-size: 1.2rem; font-variant-numeric: tabular-nums; }
            .card span { color: #59636e; font-size: .8rem; }
            canvas { display: block; width: 100%; height: 200px; }
            canvas.band { height: 60px; }
            #events { font-size: .8rem; max-height: 240px; overflow-y: auto; margin: 0; padding-left: 1.2rem; }
            #summary { white-space: pre-wrap; font-size: .8rem; }
            .muted { color: #59636e; font-size: .85rem; }
            </style>
            </head>
            <body>
            <main>
            <h1 id="title">Smart Grid simulator: live</h1>
            <p class="muted" id="description">Connecting…</p>
            <section id="engine" class="muted"></section>
            <div class="cards">
              <div class="card"><span>time</span><b id="now">–</b></div>
              <div class="card"><span>SG mode (wanted)</span><b id="mode">–</b></div>
              <div class="card"><span>grid</span><b id="grid">–</b></div>
              <div class="card"><span>PV</span><b id="pv">–</b></div>
              <div class="card"><span>quarter-hour avg</span><b id="qh">–</b></div>
              <div class="card"><span>tap water tank</span><b id="tank">–</b></div>
            </div>
            <section><h2>Power flows (kW): grid, PV, heat pump</h2><canvas id="power"></canvas></section>
            <section><h2>SG mode and grid lock</h2><canvas id="modes" class="band"></canvas></section>
            <section><h2>Quarter-hour average import against the limit (kW)</h2><canvas id="quarter"></canvas></section>
            <section><h2>Tank temperature (°C): tap water, buffer</h2><canvas id="tankChart"></canvas></section>
            <section><h2>Engine events</h2><ol id="events" reversed></ol></section>
            <section><h2>Summary</h2><div id="summary" class="muted">Running…</div></section>
            </main>
            <script>
            (function () {
              'use strict';
              var steps = [];
              var info = null;
              var dirty = false;
              var MODE_COLORS = { NORMAL: '#b2bec3', COMFORT: '#55efc4', BOOST: '#fdcb6e', EVU: '#d63031' };
              function el(id) { return document.getElementById(id); }
              function kw(w) { return (w / 1000).toFixed(2) + ' kW'; }
              function setup(canvas) {
                var ratio = window.devicePixelRatio || 1;
                var w = canvas.clientWidth, h = canvas.clientHeight;
                if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
                  canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
                }
                var ctx = canvas.getContext('2d');
                ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
                ctx.clearRect(0, 0, w, h);
                return { ctx: ctx, w: w, h: h };
              }
              function span() {
                var t0 = steps[0].t, t1 = Math.max(t0 + 86400000, steps[steps.length - 1].t);
                return { t0: t0, t1: t1 };
              }
              function lines(id, series, min, max, limit) {
                var c = setup(el(id)), ctx = c.ctx, s = span(), left = 40, bottom = 16;
                var x = function (t) { return left + (t - s.t0) / (s.t1 - s.t0) * (c.w - left - 4); };
                var y = function (v) { return 4 + (1 - (v - min) / (max - min)) * (c.h - bottom - 4); };
                ctx.font = '11px system-ui'; ctx.fillStyle = '#59636e'; ctx.strokeStyle = '#e4e7eb';
                for (var i = 0; i <= 4; i++) {
                  var v = min + (max - min) * i / 4;
                  ctx.beginPath(); ctx.moveTo(left, y(v)); ctx.lineTo(c.w, y(v)); ctx.stroke();
                  ctx.fillText(v.toFixed(1), 2, y(v) + 4);
                }
                for (var hour = 0; hour <= 24; hour += 6) {
                  ctx.fillText(String(hour).padStart(2, '0') + ':00', x(s.t0 + hour * 3600000) - 14, c.h - 2);
                }
                if (limit !== undefined) {
                  ctx.strokeStyle = '#c0392b'; ctx.setLineDash([6, 4]);
                  ctx.beginPath(); ctx.moveTo(left, y(limit)); ctx.lineTo(c.w, y(limit)); ctx.stroke();
                  ctx.setLineDash([]);
                }
                series.forEach(function (serie) {
                  ctx.strokeStyle = serie.color; ctx.lineWidth = 1.5; ctx.beginPath();
                  steps.forEach(function (p, i) {
                    var px = x(p.t), py = y(serie.value(p));
                    if (i === 0) { ctx.moveTo(px, py); } else { ctx.lineTo(px, py); }
                  });
                  ctx.stroke();
                });
              }
              function bands() {
                var c = setup(el('modes')), ctx = c.ctx, s = span(), left = 40;
                var x = function (t) { return left + (t - s.t0) / (s.t1 - s.t0) * (c.w - left - 4); };
                ctx.font = '11px system-ui'; ctx.fillStyle = '#59636e';
                ctx.fillText('mode', 2, 20); ctx.fillText('lock', 2, 48);
                steps.forEach(function (p, i) {
                  var next = i + 1 < steps.length ? steps[i + 1].t : p.t + 60000;
                  var width = Math.max(1, x(next) - x(p.t));
                  ctx.fillStyle = MODE_COLORS[p.mode] || '#999';
                  ctx.fillRect(x(p.t), 6, width, 20);
                  if (p.lock) { ctx.fillStyle = '#8e44ad'; ctx.fillRect(x(p.t), 34, width, 20); }
                });
              }
              function draw() {
                dirty = false;
                if (steps.length === 0) { return; }
                var lo = 0, hi = 1;
                steps.forEach(function (p) { lo = Math.min(lo, p.grid / 1000); hi = Math.max(hi, p.grid / 1000, p.pv / 1000); });
                lines('power', [
                  { color: '#2f5ea8', value: function (p) { return p.grid / 1000; } },
                  { color: '#e8a317', value: function (p) { return p.pv / 1000; } },
                  { color: '#c0392b', value: function (p) { return p.hp / 1000; } }], lo, hi);
                bands();
                var limit = info && info.maxPower !== null ? info.maxPower / 1000 : undefined;
                var qmax = limit === undefined ? 1 : limit * 1.2;
                steps.forEach(function (p) { qmax = Math.max(qmax, p.qh / 1000 * 1.05); });
                lines('quarter', [{ color: '#6c5ce7', value: function (p) { return p.qh / 1000; } }], 0, qmax, limit);
                var tlo = 100, thi = 0;
                steps.forEach(function (p) { tlo = Math.min(tlo, p.tank, p.buffer); thi = Math.max(thi, p.tank, p.buffer); });
                lines('tankChart', [
                  { color: '#d35400', value: function (p) { return p.tank; } },
                  { color: '#0984e3', value: function (p) { return p.buffer; } }],
                  Math.floor(tlo / 5) * 5, Math.max(Math.floor(tlo / 5) * 5 + 5, Math.ceil(thi / 5) * 5));
              }
              function schedule() { if (!dirty) { dirty = true; window.requestAnimationFrame(draw); } }
              var source = new EventSource('events');
              source.addEventListener('start', function (e) {
                info = JSON.parse(e.data);
                el('title').textContent = 'Smart Grid simulator: ' + info.scenario;
                el('description').textContent = info.description;
                el('engine').textContent = 'Decisions by the ' + info.engine + ', the same code the openHAB add-ons run.';
              });
              source.addEventListener('step', function (e) {
                var p = JSON.parse(e.data);
                p.t = Date.parse(p.time);
                steps.push(p);
                el('now').textContent = p.time.substring(11, 16);
                el('mode').textContent = p.mode + (p.wanted !== p.mode ? ' (' + p.wanted + ')' : '');
                el('grid').textContent = kw(p.grid);
                el('pv').textContent = kw(p.pv);
                el('qh').textContent = kw(p.qh);
                el('tank').textContent = p.tank.toFixed(1) + ' °C';
                schedule();
              });
              source.addEventListener('engine', function (e) {
                var ev = JSON.parse(e.data), item = document.createElement('li');
                item.textContent = ev.time.substring(11, 16) + ' ' + ev.component + ' ' + ev.event + ': ' + ev.detail;
                var list = el('events');
                list.insertBefore(item, list.firstChild);
                while (list.children.length > 200) { list.removeChild(list.lastChild); }
              });
              source.addEventListener('end', function (e) {
                source.close();
                var s = JSON.parse(e.data);
                el('summary').textContent = 'Finished. Import ' + s.import_kwh.toFixed(2) + ' kWh, export '
                  + s.export_kwh.toFixed(2) + ' kWh, peak quarter-hour ' + s.peak_quarter_hour_kw.toFixed(2)
                  + ' kW, EVU ' + s.evu_lock_minutes.toFixed(0) + ' min, relay switches ' + s.relay_switches + '.';
                el('summary').setAttribute('data-finished', 'true');
                schedule();
              });
              window.addEventListener('resize', schedule);
            })();
            </script>
            </body>
            </html>
            """;

    private DashboardPage() {
    }
}
