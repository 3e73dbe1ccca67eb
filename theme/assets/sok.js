// The search page (/sok/): reads the query and filters from the address, asks Pagefind's JS API
// (/pagefind/pagefind.js, written by the build's search stage) and writes the results into the page.
// Loaded as a module from 'self' with no inline script or style, so it runs under the site's CSP
// (script-src 'self' 'wasm-unsafe-eval': Pagefind's WebAssembly needs the latter).
//
// Decisions have no page of their own, and a record per decision would make the index's page list grow
// with every decision ever taken; instead they are found inside the minutes: each decision is a <div id>
// whose text starts with the label "Beslut" (Markdown/Decisions/HtmlDecisionRenderer.cs), and Pagefind
// tells where on the page the words were found, so a decision with hits becomes a result at its anchor.
const form = document.querySelector("form[data-sok]");
const input = document.getElementById("sok-fraga");
const order = document.getElementById("sok-ordning");
const typeSelect = document.getElementById("sok-typ");
const filterSelects = [...form.querySelectorAll("select[data-filter]")];
const section = document.querySelector(".sokresultat");
const statusLine = document.getElementById("sok-status");
const list = document.getElementById("sok-traffar");
const moreButton = document.getElementById("sok-fler");
// On a large site older years are in archive bundles (src/Sodertorn.Site/Search/SearchBundles.cs), named here
// by their years; the main bundle has the years from data-sok-fran on. Absent on a site with one bundle.
const archiveBox = document.getElementById("sok-arkiv");
const archiveFrom = Number(form.dataset.sokFran ?? 0);
const archiveSpans = (form.dataset.sokArkiv ?? "").split(" ").filter(Boolean);
const archiveYears = archiveSpans.length > 0 ? `${archiveSpans[0].split("-")[0]}–${archiveSpans.at(-1).split("-")[1]}` : "";

const PAGE_SIZE = 10;
const DECISION = "beslut";
const TYPE_LABELS = { protokoll: "Minnesanteckningar", aktivitet: "Aktivitet", "mål": "Mål", plan: "Verksamhetsplan", kommun: "Kommun", organ: "Organ", "nätverk": "Nätverk", sida: "Sida" };
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const siteTitle = document.title.includes(" – ") ? document.title.slice(document.title.indexOf(" – ")) : "";

const pagefindModules = {};
let generation = 0;
let typingTimer = 0;
// The current search: Pagefind's results, how many of them are read, and how many items are shown.
let current = { results: [], read: 0, shown: 0, term: "", decisions: false };

/**
 * Pagefind's API, loaded once for the main bundle and once more, as a second module (another address), for
 * the main bundle with the archive's merged in: unticking the archive then searches the main bundle again.
 */
function loadPagefind(withArchive = wantsArchive()) {
  const key = withArchive ? "arkiv" : "";
  pagefindModules[key] ??= import(withArchive ? "/pagefind/pagefind.js?arkiv" : "/pagefind/pagefind.js").then(async (pagefind) => {
    await pagefind.options({ excerptLength: 26 });
    await pagefind.init();
    if (withArchive) await Promise.all(archiveSpans.map((span) => pagefind.mergeIndex(`/pagefind-arkiv/${span}/`)));
    return pagefind;
  });
  return pagefindModules[key];
}

function wantsArchive() {
  if (!archiveBox) return false;
  const year = Number(filterSelects.find((s) => s.dataset.filter === "år")?.value || 0);
  return archiveBox.checked || (year > 0 && year < archiveFrom);
}

/** Sets the form from the address: q, the filters by their parameter names, and the order. */
function readAddress() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const select of [...filterSelects, order]) {
    const value = params.get(select.name) ?? "";
    select.value = [...select.options].some((o) => o.value === value) ? value : "";
  }
  if (archiveBox) archiveBox.checked = params.get(archiveBox.name) === archiveBox.value;
}

function writeAddress(push) {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const select of [...filterSelects, order]) if (select.value) params.set(select.name, select.value);
  if (archiveBox?.checked) params.set(archiveBox.name, archiveBox.value);
  const query = params.toString().replaceAll("+", "%20");
  const url = location.pathname + (query ? "?" + query : "");
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function swedishDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : null;
}

function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(url, text) {
  const a = element("a", null, text);
  a.href = url;
  return a;
}

/** The decisions of a page (minutes) where the words were found; all of them when there is no search term. */
function decisionsIn(data, term) {
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  if (!anchors.some((a) => a.element === "div")) return [];
  const words = data.content.split(/\s+/);
  const decisions = [];
  let item = null;
  anchors.forEach((anchor, i) => {
    if (anchor.element === "h2") item = anchor.text;
    if (anchor.element !== "div" || words[anchor.location] !== "Beslut") return;
    const end = i + 1 < anchors.length ? anchors[i + 1].location : words.length;
    const hits = (data.locations ?? []).filter((l) => l > anchor.location && l < end);
    if (term && hits.length === 0) return;
    const opening = words.slice(anchor.location + 1, Math.min(end, anchor.location + 11)).join(" ");
    decisions.push({
      url: data.url.split("#")[0] + "#" + anchor.id,
      // The decision's own first words: decisions under one agenda item must not share a link text.
      title: `Beslut: ${opening}${end > anchor.location + 11 ? " …" : ""}`,
      item: item ? `punkt ${item}` : null,
      excerpt: excerpt(words, anchor.location + 1, end, new Set(hits)),
      hits: hits.length,
    });
  });
  return decisions;
}

/** Up to 26 words of a decision around its first hit, HTML-escaped, with the words found marked as Pagefind does. */
function excerpt(words, start, end, hits) {
  const first = hits.size > 0 ? Math.min(...hits) : start;
  const from = Math.max(start, Math.min(first - 8, end - 26));
  const to = Math.min(end, from + 26);
  const parts = words.slice(from, to).map((w, i) => (hits.has(from + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return (from > start ? "… " : "") + parts.join(" ") + (to < end ? " …" : "");
}

/** The line under a result's title: type, date and organ, as far as the result has them, and where on the page. */
function facts(type, data, where) {
  const line = element("p", "metadata");
  const parts = [];
  if (type) parts.push(element("span", "soktyp", type));
  const date = swedishDate(data.meta?.datum);
  if (date) {
    const time = element("time", null, date);
    time.dateTime = data.meta.datum;
    parts.push(time);
  }
  if (data.meta?.organ) parts.push(element("span", null, data.meta.organ));
  if (where) parts.push(element("span", null, where));
  parts.forEach((part, i) => line.append(...(i > 0 ? [" · ", part] : [part])));
  return line;
}

function resultItem(url, title, factsLine, excerptHtml) {
  const item = element("li", "soktraff");
  const heading = element("h3");
  heading.append(link(url, title));
  // Pagefind's excerpts, and ours, are HTML-escaped text with only <mark> around the words found.
  const text = element("p", "utdrag");
  text.innerHTML = excerptHtml;
  item.append(heading, factsLine, text);
  return item;
}

function renderPage(data) {
  const type = (data.filters?.typ ?? []).find((t) => t !== DECISION);
  const item = resultItem(data.url, data.meta?.title || data.url, facts(TYPE_LABELS[type] ?? type, data), data.excerpt);
  // Where on a long page the words are: decisions first, then headed sections (agenda items, chapters).
  const decisions = decisionsIn(data, current.term).sort((a, b) => b.hits - a.hits);
  const decisionUrls = new Set(decisions.map((d) => d.url));
  const sections = [
    ...decisions.map((d) => ({ url: d.url, title: d.title })),
    ...(data.sub_results ?? []).filter((s) => s.anchor && s.url !== data.url && !decisionUrls.has(s.url)),
  ].slice(0, 3);
  if (sections.length > 0) {
    const sub = element("ul", "deltraffar");
    for (const s of sections) {
      const entry = element("li");
      entry.append(link(s.url, s.title));
      sub.append(entry);
    }
    item.append(element("p", "metadata", "Träffar i:"), sub);
  }
  return item;
}

function renderDecisions(data) {
  return decisionsIn(data, current.term).map((d) => resultItem(d.url, d.title, facts("Beslut", data, d.item), d.excerpt));
}

function describe(filtersChosen) {
  const { results, read, shown, term, decisions } = current;
  const what = term ? ` för ”${term}”` : "";
  const within = filtersChosen.length > 0 ? ` (${filtersChosen.join(", ")})` : "";
  const sorted = order.value ? " Sorterat efter datum: sidor utan datum visas inte." : "";
  if (decisions) {
    const count = shown === 1 ? "1 beslut" : `${shown} beslut`;
    if (read >= results.length) return shown === 0 ? `Inga beslut${what}${within}.` : `${count}${what}${within}.${sorted}`;
    return `${count}${what}${within} i de ${read} första av ${results.length} minnesanteckningar med träffar. Visa fler för att läsa vidare.${sorted}`;
  }
  const archiveHint = archiveBox && !wantsArchive() ? ` Handlingar från ${archiveYears} söks när du kryssar i ”Sök också i arkivet”.` : "";
  if (results.length === 0) return `Inga träffar${what}${within}. Pröva andra ord, eller ta bort en avgränsning.${archiveHint}`;
  const count = results.length === 1 ? "1 träff" : `${results.length} träffar`;
  return `${count}${what}${within}.` + (results.length > shown ? ` Visar ${shown}.` : "") + sorted;
}

function chosenFilterTexts() {
  return filterSelects.filter((s) => s.value).map((s) => `${s.labels[0].textContent.toLowerCase()}: ${s.selectedOptions[0].textContent}`);
}

/** Reads the next results and shows them; with the decision filter, reads on until a batch holds a decision. */
async function showMore(focusFirst) {
  const mine = generation;
  const items = [];
  for (let round = 0; round < 5 && current.read < current.results.length; round++) {
    const batch = current.results.slice(current.read, current.read + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    current.read += batch.length;
    items.push(...data.flatMap((d) => (current.decisions ? renderDecisions(d) : [renderPage(d)])));
    if (items.length > 0) break;
  }
  list.append(...items);
  current.shown += items.length;
  moreButton.hidden = current.read >= current.results.length;
  if (focusFirst && items.length > 0) items[0].querySelector("a").focus();
}

/** Ends a search: the status line says what was found, and the list is no longer busy. */
function finish(mine, message) {
  if (mine !== generation) return;
  statusLine.textContent = message;
  list.removeAttribute("aria-busy");
}

async function search() {
  const mine = ++generation;
  const term = input.value.trim();
  const filters = {};
  for (const select of filterSelects) if (select.value) filters[select.dataset.filter] = select.value;
  document.title = (term ? `Sök: ${term}` : "Sök") + siteTitle;
  // Shown before any result arrives, so that screen readers announce the status line when it changes.
  section.hidden = false;
  list.setAttribute("aria-busy", "true");
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    moreButton.hidden = true;
    return finish(mine, "Skriv ett eller flera sökord, eller välj en avgränsning.");
  }
  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    return finish(mine, "Sökningen kunde inte laddas. Försök igen senare, eller leta i arkiven under Minnesanteckningar, Verksamhetsplaner och Mål.");
  }
  const options = { filters };
  if (order.value) options.sort = { datum: order.value === "nyast" ? "desc" : "asc" };
  const response = await pagefind.search(term || null, options);
  if (mine !== generation) return;
  current = { results: response.results, read: 0, shown: 0, term, decisions: typeSelect.value === DECISION };
  list.replaceChildren();
  await showMore(false);
  finish(mine, describe(chosenFilterTexts()));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  writeAddress(true);
  search();
});
for (const select of [...filterSelects, order, archiveBox].filter(Boolean)) {
  select.addEventListener("change", () => {
    writeAddress(false);
    search();
  });
}
input.addEventListener("input", () => {
  // Results follow the typing after a pause; the index for the word starts loading at once.
  clearTimeout(typingTimer);
  if (input.value.trim()) loadPagefind().then((pagefind) => pagefind.preload(input.value.trim()), () => {});
  typingTimer = setTimeout(() => {
    writeAddress(false);
    search();
  }, 300);
});
moreButton.addEventListener("click", async () => {
  const mine = generation;
  await showMore(true);
  // With decisions the count grows as more minutes are read; the status line keeps up.
  if (current.decisions && mine === generation) statusLine.textContent = describe(chosenFilterTexts());
});
window.addEventListener("popstate", () => {
  readAddress();
  search();
});

readAddress();
if (location.search) search();
