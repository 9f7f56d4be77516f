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
package org.openhab.smartgrid.simulator.output;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The report's inline style sheet: readable on a phone. Charts scale with the page (no minimum width that would
 * make a chart scroll on its own: the whole day shows at once), and their text grows on a narrow screen, where the
 * chart is drawn smaller.
 *
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
final class ReportStyle {

    static final String CSS = """
            :root { color-scheme: light; font-family: system-ui, sans-serif; }
            body { margin: 0; background: #f6f7f9; color: #1d232b; }
            main { max-width: 1100px; margin: 0 auto; padding: 12px; }
            h1 { font-size: 1.4rem; margin: .4rem 0; }
            h2 { font-size: 1.1rem; margin: .2rem 0; }
            section { background: #fff; border-radius: 8px; padding: 10px 12px; margin: 12px 0;
              box-shadow: 0 1px 2px rgba(0,0,0,.08); }
            .caption, .description, .engine, footer { color: #59636e; font-size: .9rem; }
            table { border-collapse: collapse; width: 100%; max-width: 520px; }
            th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #e4e7eb; font-size: .95rem; }
            td { font-variant-numeric: tabular-nums; }
            svg.chart { display: block; width: 100%; height: auto; max-width: 900px; }
            .grid { stroke: #e4e7eb; stroke-width: 1; }
            .tick { font-size: 13px; fill: #59636e; }
            .grid-band { fill: #4a78c2; fill-opacity: .35; stroke: #2f5ea8; stroke-width: .8; }
            .pv-line { fill: none; stroke: #e8a317; stroke-width: 2; }
            .hp-line { fill: none; stroke: #c0392b; stroke-width: 1.5; }
            .zero-line { stroke: #1d232b; stroke-width: 1; }
            .limit-line { stroke: #c0392b; stroke-width: 2; stroke-dasharray: 8 5; }
            .peak-line { fill: none; stroke: #1d232b; stroke-width: 1.5; stroke-dasharray: 3 3; }
            .qh-bar { fill: #6c5ce7; fill-opacity: .75; }
            .qh-running { fill: none; stroke: #a29bfe; stroke-width: 1; }
            .boost-window { fill: #fdcb6e; }
            .lock-window { fill: #d63031; }
            .tank-band { fill: #e17055; fill-opacity: .4; stroke: #d35400; stroke-width: .8; }
            .buffer-line { fill: none; stroke: #0984e3; stroke-width: 1.5; }
            .mode-normal { fill: #b2bec3; }
            .mode-comfort { fill: #55efc4; }
            .mode-evu { fill: #d63031; }
            .mode-boost { fill: #fdcb6e; }
            .band-track { fill: #f0f2f4; }
            .load-on { fill: #00b894; }
            .load-shed { fill: #e67e22; }
            .lock-grid { fill: #8e44ad; }
            .lock-evu { fill: #d63031; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: .85rem; margin: 4px 0; padding: 0; }
            .legend li { list-style: none; }
            .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 4px;
              vertical-align: -1px; }
            .filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 6px 0;
              font-size: .9rem; }
            .filters input, .filters select { font: inherit; max-width: 100%; }
            table.events { max-width: none; }
            table.events td { font-size: .85rem; overflow-wrap: break-word; vertical-align: top; }
            table.events td:first-child { white-space: nowrap; }
            @media (max-width: 600px) { main { padding: 6px; } h1 { font-size: 1.15rem; }
              section { padding: 8px; } th, td { font-size: .85rem; } .tick { font-size: 18px; }
              table.events th, table.events td { padding: 3px 4px; font-size: .8rem; } }
            """;

    private ReportStyle() {
    }
}
