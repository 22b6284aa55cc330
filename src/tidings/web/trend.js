// Dyad trend chart: cooperation above the axis, conflict below, bars placed on a time scale.
import { svg, clear } from "./dom.js";

const W = 520;
const H = 230;
const PAD = { left: 34, right: 10, top: 26, bottom: 24 };
const SERIES = [
  { key: "q1", label: "verbal coop.", color: "var(--coop-2)", sign: 1 },
  { key: "q2", label: "material coop.", color: "var(--coop)", sign: 1 },
  { key: "q3", label: "verbal conflict", color: "var(--conf-2)", sign: -1 },
  { key: "q4", label: "material conflict", color: "var(--conf)", sign: -1 },
];
const DAY = 86400000;
const MAX_BAR = 48;

function toTime(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

function scales(points) {
  const t0 = Math.min(...points.map((p) => toTime(p.start)));
  const t1 = Math.max(...points.map((p) => toTime(p.end) + DAY));
  const up = Math.max(1, ...points.map((p) => p.q1 + p.q2));
  const down = Math.max(1, ...points.map((p) => p.q3 + p.q4));
  const plotH = H - PAD.top - PAD.bottom;
  const zero = PAD.top + plotH * (up / (up + down));
  const x = (t) => PAD.left + ((t - t0) / Math.max(DAY, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v) => zero - v * (plotH / (up + down));
  return { t0, t1, up, down, zero, x, y };
}

function drawBars(root, points, s) {
  for (const p of points) {
    const slot = s.x(toTime(p.end) + DAY) - s.x(toTime(p.start));
    const width = Math.min(MAX_BAR, Math.max(3, slot - 1));
    const x0 = s.x(toTime(p.start)) + (slot - width) / 2;
    const stack = { 1: 0, "-1": 0 };
    for (const series of SERIES) {
      const value = p[series.key];
      if (!value) continue;
      const from = stack[series.sign];
      const to = from + value;
      stack[series.sign] = to;
      const ya = s.y(series.sign * from);
      const yb = s.y(series.sign * to);
      const rect = svg("rect", {
        x: x0.toFixed(1), y: Math.min(ya, yb).toFixed(1), width: width.toFixed(1),
        height: Math.abs(yb - ya).toFixed(1), fill: series.color, class: `bar ${series.key}`,
      });
      rect.append(svg("title", {}, `${p.period}: ${value} ${series.label}`));
      root.append(rect);
    }
  }
}

function yearTicks(s) {
  const first = new Date(s.t0).getUTCFullYear();
  const last = new Date(s.t1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  const ticks = [];
  for (let year = first; year <= last + 1; year += step) {
    const t = Date.UTC(year, 0, 1);
    if (t >= s.t0 && t <= s.t1) ticks.push({ t, label: String(year) });
  }
  if (ticks.length < 2) {
    ticks.length = 0;
    ticks.push({ t: s.t0, label: new Date(s.t0).toISOString().slice(0, 7) });
    ticks.push({ t: s.t1 - DAY, label: new Date(s.t1 - DAY).toISOString().slice(0, 7) });
  }
  return ticks;
}

function drawAxes(root, s) {
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { class: "zero", x1: PAD.left, x2: W - PAD.right, y1: s.zero, y2: s.zero }));
  for (const [value, label] of [[s.up, `+${s.up}`], [-s.down, `−${s.down}`]]) {
    axis.append(svg("text", { x: PAD.left - 5, y: s.y(value) + 4, "text-anchor": "end" }, label));
  }
  for (const tick of yearTicks(s)) {
    const x = s.x(tick.t);
    axis.append(svg("line", { x1: x, x2: x, y1: H - PAD.bottom, y2: H - PAD.bottom + 4 }));
    axis.append(svg("text", { x, y: H - 6, "text-anchor": "middle" }, tick.label));
  }
  root.append(axis);
}

function drawLegend(root) {
  const legend = svg("g", { class: "legend" });
  SERIES.forEach((series, i) => {
    const x = PAD.left + i * 118;
    legend.append(svg("rect", { x, y: 6, width: 10, height: 10, fill: series.color }));
    legend.append(svg("text", { x: x + 14, y: 15 }, series.label));
  });
  root.append(legend);
}

export function drawTrend(box, trend) {
  clear(box);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Event counts by quad class over time" });
  const points = trend.points || [];
  drawLegend(root);
  if (!points.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No dated events"));
  } else {
    const s = scales(points);
    drawBars(root, points, s);
    drawAxes(root, s);
  }
  box.append(root);
}
