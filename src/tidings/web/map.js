// Map of event places on the bundled world outline (TopoJSON decoded here, Equal Earth projection).
import { svg, clear } from "./dom.js";

const SCALE = 100;
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

let worldPromise = null;

export function project(lon, lat) {
  const theta = Math.asin(M * Math.sin(lat * RAD));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lon * RAD * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x * SCALE, -y * SCALE];
}

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ringPath(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return "M" + points.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L") + "Z";
}

function countryPaths(topology) {
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries.map((geometry) => {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs || [];
    const d = polygons.flatMap((polygon) => polygon.map((ring) => ringPath(ring, arcs))).join("");
    return { d, name: (geometry.properties || {}).name || "" };
  });
}

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch("/static/world-110m.json").then((r) => r.json()).then(countryPaths);
  }
  return worldPromise;
}

function placesOf(events) {
  const places = new Map();
  for (const ev of events) {
    const p = ev.place;
    if (!p || p.lat === null || p.lon === null || p.lat === undefined || p.lon === undefined) continue;
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const entry = places.get(key) || { name: p.name, lat: p.lat, lon: p.lon, count: 0 };
    entry.count += 1;
    places.set(key, entry);
  }
  return [...places.values()];
}

function viewBox(points) {
  const [wx] = project(180, 0);
  const [, wy] = project(0, 90);
  const world = { x0: -wx, y0: wy, x1: wx, y1: -wy };
  if (!points.length) return world;
  const xs = points.map((p) => p.xy[0]);
  const ys = points.map((p) => p.xy[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const half = Math.max(35, (Math.max(...xs) - Math.min(...xs)) * 0.7, (Math.max(...ys) - Math.min(...ys)) * 1.4);
  const w = Math.min(world.x1 - world.x0, half * 2);
  const h = w / 2;
  const x0 = Math.max(world.x0, Math.min(world.x1 - w, cx - w / 2));
  const y0 = Math.max(world.y0, Math.min(world.y1 - h, cy - h / 2));
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

function placeHref(name) {
  const query = new URLSearchParams(location.hash.includes("?") ? location.hash.split("?")[1] : "");
  query.set("place", name);
  query.delete("after");
  return `#/?${query}`;
}

export async function drawMap(box, events) {
  const countries = await loadWorld();
  const places = placesOf(events).map((p) => ({ ...p, xy: project(p.lon, p.lat) }));
  const vb = viewBox(places);
  const width = vb.x1 - vb.x0;
  clear(box);
  const root = svg("svg", {
    viewBox: `${vb.x0.toFixed(1)} ${vb.y0.toFixed(1)} ${width.toFixed(1)} ${(vb.y1 - vb.y0).toFixed(1)}`,
    role: "img", "aria-label": `Map of ${places.length} event places`,
  });
  const unit = width / 520;
  root.append(svg("rect", { class: "sphere", x: vb.x0, y: vb.y0, width, height: vb.y1 - vb.y0 }));
  for (const country of countries) {
    const path = svg("path", { class: "land", d: country.d, "stroke-width": 0.6 * unit });
    path.append(svg("title", {}, country.name));
    root.append(path);
  }
  for (const place of places.sort((a, b) => b.count - a.count)) {
    const link = svg("a", { href: placeHref(place.name), class: "place" });
    const r = (3 + 2.5 * Math.sqrt(place.count)) * unit;
    link.append(svg("circle", { class: "dot", cx: place.xy[0], cy: place.xy[1], r, "stroke-width": unit }));
    link.append(svg("title", {}, `${place.name}: ${place.count} event${place.count === 1 ? "" : "s"}`));
    root.append(link);
    root.append(svg("text", {
      class: "place-label", x: place.xy[0] + r + 2 * unit, y: place.xy[1] + 3 * unit,
      "font-size": 10 * unit, "stroke-width": 2.5 * unit,
    }, place.name));
  }
  if (!places.length) {
    root.append(svg("text", { class: "empty", x: 0, y: vb.y1 - 8 * unit, "text-anchor": "middle", "font-size": 12 * unit }, "No places for these events"));
  }
  box.append(root);
}
