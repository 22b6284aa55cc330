// tidings web page. Plain JS, no framework; every text is put in the DOM with textContent.
import { drawMap } from "./map.js";
import { drawTrend } from "./trend.js";
import { el, clear, getJSON, QUAD_NAMES } from "./dom.js";

const FILTER_KEYS = ["q", "dyad", "actor", "country", "cameo_root", "plover", "quad_class",
  "since", "until", "place"];
const PAGE_SIZE = 50;

function normalised(key, value) {
  if (key === "country") return value.toUpperCase();
  if (key === "dyad") return value.toUpperCase().split("-").sort().join("-");
  return value;
}

function readForm(form) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    const value = field ? field.value.trim() : "";
    if (value) params.set(key, normalised(key, value));
  }
  return params;
}

function fillForm(form, params) {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field) field.value = params.get(key) || "";
  }
  const advanced = FILTER_KEYS.slice(2).some((k) => params.get(k));
  if (advanced) setFiltersOpen(true);
}

function setFiltersOpen(open) {
  document.getElementById("filters").hidden = !open;
  document.getElementById("toggle-filters").setAttribute("aria-expanded", String(open));
}

function route() {
  const hash = location.hash || "#/";
  const match = hash.match(/^#\/event\/([A-Za-z0-9_-]{1,64})$/);
  if (match) return { view: "event", id: match[1] };
  const query = hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "";
  return { view: "list", params: new URLSearchParams(query) };
}

function formatDate(ev) {
  if (!ev.date_start) return "undated";
  if (ev.precision === "year") return ev.date_start.slice(0, 4);
  if (ev.precision === "month") return ev.date_start.slice(0, 7);
  if (ev.date_end && ev.date_end !== ev.date_start) {
    return `${ev.date_start} – ${ev.date_end.slice(ev.date_start.slice(0, 8) === ev.date_end.slice(0, 8) ? 8 : 5)}`;
  }
  return ev.date_start;
}

function actorLabel(actor) {
  if (!actor) return "—";
  const parts = [actor.name || actor.text, actor.code].filter(Boolean);
  return parts.length === 2 && parts[0] !== parts[1] ? `${parts[0]} (${parts[1]})` : parts[0] || "—";
}

function dyadLabel(ev) {
  const arrow = ev.symmetric ? " ↔ " : " → ";
  return actorLabel(ev.source) + arrow + actorLabel(ev.target);
}

function actionLabel(ev) {
  const mode = ev.plover_mode ? ` (${ev.plover_mode})` : "";
  return `${ev.plover || "EVENT"}${mode} · CAMEO ${ev.cameo}`;
}

function timelineItem(ev) {
  const badges = el("span", { className: "tl-badges" }, [
    el("span", { className: `badge q${ev.quad_class}`, text: QUAD_NAMES[ev.quad_class] || "" }),
    el("span", { className: "badge", text: `${ev.mentions} mention${ev.mentions === 1 ? "" : "s"}` }),
    el("span", { className: "badge", text: `${ev.sources} source${ev.sources === 1 ? "" : "s"}` }),
  ]);
  const meta = el("div", { className: "tl-meta" }, [
    el("span", { className: "tl-date", text: formatDate(ev) }),
    el("span", { className: "tl-action", text: actionLabel(ev) }),
    el("span", { className: "tl-dyad", text: dyadLabel(ev) }),
    badges,
  ]);
  const children = [meta, el("p", { className: "tl-sentence", text: ev.sentence || "" })];
  if (ev.place && ev.place.name) {
    const where = [ev.place.name, ev.place.country].filter(Boolean).join(", ");
    children.push(el("div", { className: "tl-place", text: where }));
  }
  const link = el("a", { className: "tl-link", href: `#/event/${ev.id}` }, children);
  return el("li", { className: `tl-item q${ev.quad_class}`, dataset: { id: ev.id } }, [link]);
}

function appendTimeline(list, events, state) {
  for (const ev of events) {
    const year = ev.date_start ? ev.date_start.slice(0, 4) : "undated";
    if (year !== state.lastYear) {
      list.append(el("li", { className: "year", text: year }));
      state.lastYear = year;
    }
    list.append(timelineItem(ev));
  }
}

class ListView {
  constructor() {
    this.list = document.getElementById("timeline");
    this.more = document.getElementById("more");
    this.status = document.getElementById("status");
    this.count = document.getElementById("result-count");
    this.trendBy = document.getElementById("trend-by");
    this.events = [];
    this.more.addEventListener("click", () => this.loadPage());
    this.trendBy.addEventListener("change", () => this.loadTrend());
  }

  async show(params) {
    this.params = params;
    this.next = null;
    this.events = [];
    this.state = { lastYear: null };
    clear(this.list);
    this.status.textContent = "Loading…";
    const exportParams = new URLSearchParams(params);
    exportParams.delete("after");
    exportParams.set("format", "csv");
    document.getElementById("export-csv").href = `/api/export?${exportParams}`;
    const title = params.get("dyad") ? `Timeline ${params.get("dyad")}` : "Timeline";
    document.getElementById("timeline-title").textContent = title;
    await Promise.all([this.loadPage(), this.loadTrend()]);
  }

  async loadPage() {
    const query = new URLSearchParams(this.params);
    query.set("limit", String(PAGE_SIZE));
    if (this.next) query.set("after", this.next);
    try {
      const page = await getJSON(`/api/real-events?${query}`);
      appendTimeline(this.list, page.items, this.state);
      this.events = this.events.concat(page.items);
      this.next = page.next_after;
      this.more.hidden = !this.next;
      this.status.textContent = this.events.length ? "" : "No events match these filters.";
      const n = this.events.length;
      this.count.textContent = `${n}${this.next ? "+" : ""} event${n === 1 && !this.next ? "" : "s"}`;
      drawMap(document.getElementById("map"), this.events);
    } catch (err) {
      this.status.textContent = `Could not load events: ${err.message}`;
      this.status.className = "error";
    }
  }

  async loadTrend() {
    const query = new URLSearchParams(this.params);
    query.set("by", this.trendBy.value);
    query.delete("after");
    const box = document.getElementById("trend");
    try {
      drawTrend(box, await getJSON(`/api/trend?${query}`));
    } catch (err) {
      clear(box);
      box.append(el("p", { className: "error", text: `Could not load the trend: ${err.message}` }));
    }
  }
}

function highlighted(sentence, spans) {
  const p = el("p", { className: "sentence" });
  const ordered = spans.filter((s) => s.start >= 0 && s.end <= sentence.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const span of ordered) {
    if (span.start < pos) continue; // overlapping spans: the first one wins
    p.append(document.createTextNode(sentence.slice(pos, span.start)));
    const mark = el("mark", { className: `hl-${span.kind}`, text: sentence.slice(span.start, span.end) });
    mark.title = span.label || span.kind;
    p.append(mark);
    pos = span.end;
  }
  p.append(document.createTextNode(sentence.slice(pos)));
  return p;
}

function mentionBlock(m) {
  const head = el("div", { className: "mention-head" }, [
    el("span", { className: "outlet", text: m.outlet || "unknown outlet" }),
    el("span", { text: m.published ? `published ${m.published}` : "no publication date" }),
    el("span", { text: m.modality }),
  ]);
  if (m.title) {
    const title = m.url && /^https?:\/\//i.test(m.url)
      ? el("a", { href: m.url, text: m.title, rel: "noopener noreferrer", target: "_blank" })
      : el("span", { text: m.title });
    head.append(title);
  }
  return el("section", { className: "mention" }, [head, highlighted(m.sentence, m.highlights)]);
}

function fact(term, value) {
  return [el("dt", { text: term }), el("dd", { text: value })];
}

async function showEvent(id) {
  const box = document.getElementById("event");
  clear(box);
  box.append(el("p", { className: "muted", text: "Loading…" }));
  let detail;
  try {
    detail = await getJSON(`/api/real-events/${encodeURIComponent(id)}`);
  } catch (err) {
    clear(box);
    box.append(el("p", { className: "error", text: `Could not load the event: ${err.message}` }));
    return;
  }
  const ev = detail.event;
  clear(box);
  const place = ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(", ") : "—";
  box.append(
    el("h1", { className: "ev-title", text: `${actionLabel(ev)}: ${dyadLabel(ev)}` }),
    el("dl", { className: "ev-facts" }, [
      ...fact("Date", formatDate(ev) + (ev.precision ? ` (${ev.precision})` : "")),
      ...fact("Source", actorLabel(ev.source)),
      ...fact("Target", actorLabel(ev.target)),
      ...fact("Action", `${actionLabel(ev)} — ${QUAD_NAMES[ev.quad_class] || ""}, Goldstein ${ev.goldstein}`),
      ...fact("Place", place),
      ...fact("Reports", `${ev.mentions} mentions in ${ev.articles} articles from ${ev.sources} sources`),
    ]),
    el("div", { className: "legend-row" }, [
      el("mark", { className: "hl-actor", text: "actor" }),
      el("mark", { className: "hl-trigger", text: "action" }),
      el("mark", { className: "hl-date", text: "date" }),
    ]),
    el("h2", { text: "Source sentences" }),
    ...detail.mentions.map(mentionBlock),
  );
  document.title = `${actionLabel(ev)} — tidings`;
}

async function fillVocabulary(form) {
  try {
    const vocab = await getJSON("/api/vocabulary");
    const cameo = form.elements.namedItem("cameo_root");
    for (const item of vocab.cameo_roots) {
      cameo.append(el("option", { value: item.code, text: `${item.code} ${item.name.charAt(0)}${item.name.slice(1).toLowerCase()}` }));
    }
    const plover = form.elements.namedItem("plover");
    for (const name of vocab.plover_types) plover.append(el("option", { value: name, text: name }));
  } catch {
    // the selects stay at "any"; searching still works
  }
}

function main() {
  const form = document.getElementById("search");
  const listView = new ListView();
  const vocabulary = fillVocabulary(form);
  document.getElementById("toggle-filters").addEventListener("click", () => {
    setFiltersOpen(document.getElementById("filters").hidden);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = readForm(form);
    location.hash = `#/?${params}`;
  });
  const render = async () => {
    const current = route();
    const isEvent = current.view === "event";
    document.getElementById("view-list").hidden = isEvent;
    document.getElementById("view-event").hidden = !isEvent;
    if (isEvent) {
      await showEvent(current.id);
    } else {
      document.title = "tidings — political events from the news";
      await vocabulary;
      fillForm(form, current.params);
      await listView.show(current.params);
    }
    document.body.dataset.ready = current.view;
  };
  window.addEventListener("hashchange", render);
  render();
}

main();
