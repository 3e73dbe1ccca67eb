// The preview's script: added to pages only by `preview` (never to what `build` publishes; BuildPipeline
// leaves this file out). Reloads the tab when the page it shows was rebuilt, and shows build errors in an
// overlay until the next build succeeds.
(function () {
  "use strict";
  var base = "/__forhandsgranskning";
  var seen = null; // { start, bygge } as the preview last told it: tells a restarted preview apart
  var dismissed = 0; // the build whose overlay the reader closed: it stays closed until a new failure
  var host = null;

  function samePage(url) {
    var strip = function (p) { return decodeURI(p).replace(/index\.html$/, ""); };
    return strip(url) === strip(location.pathname);
  }

  function text(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) node.className = className;
    return node;
  }

  function where(error) {
    var place = error.fil;
    if (error.rad > 0) place += ", rad " + error.rad;
    if (error.kolumn > 0) place += ", kolumn " + error.kolumn;
    return place;
  }

  function hide() {
    if (host) host.remove();
    host = null;
  }

  function show(status) {
    hide();
    host = document.createElement("div");
    host.id = "forhandsgranskning-fel";
    // Shadow DOM: the site's CSS does not reach the overlay, and the overlay's CSS does not reach the site.
    var root = host.attachShadow({ mode: "open" });
    var css =
      ".ruta{position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:2147483647;max-height:60vh;overflow:auto;" +
      "background:#fff;color:#1a1a1a;border:3px solid #a4001d;border-radius:6px;box-shadow:0 4px 24px rgba(0,0,0,.35);" +
      "font:16px/1.5 system-ui,sans-serif;padding:1rem 1.25rem}" +
      "h2{margin:0 3.5rem .25rem 0;font-size:1.25rem;color:#a4001d}p{margin:.25rem 0}ol{margin:.75rem 0 0;padding-left:1.5rem}" +
      "li{margin:0 0 .75rem}.plats{font-weight:700;font-family:ui-monospace,monospace;word-break:break-all}" +
      ".forslag{color:#333}button{position:absolute;top:.75rem;right:.75rem;font:inherit;padding:.25rem .75rem;" +
      "background:#fff;color:#1a1a1a;border:2px solid #1a1a1a;border-radius:4px;cursor:pointer}" +
      "button:focus-visible{outline:3px solid #005fcc;outline-offset:2px}";
    var box = document.createElement("div");
    box.className = "ruta";
    box.setAttribute("role", "alert");
    box.appendChild(text("h2", status.fel.length === 1 ? "Webbplatsen kunde inte byggas: 1 fel" : "Webbplatsen kunde inte byggas: " + status.fel.length + " fel"));
    box.appendChild(text("p", "Förhandsgranskningen visar den senaste versionen som fungerade. Rätta felet och spara filen – rutan försvinner när bygget lyckas."));
    var list = document.createElement("ol");
    status.fel.forEach(function (error) {
      var item = document.createElement("li");
      item.appendChild(text("div", where(error), "plats"));
      item.appendChild(text("div", error.meddelande));
      if (error.forslag) item.appendChild(text("div", "Förslag: " + error.forslag, "forslag"));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = text("button", "Stäng");
    close.type = "button";
    close.setAttribute("aria-label", "Stäng felrutan");
    close.addEventListener("click", function () { dismissed = status.bygge; hide(); });
    box.addEventListener("keydown", function (event) { if (event.key === "Escape") close.click(); });
    box.appendChild(close);
    // A constructed style sheet still applies under the site's Content-Security-Policy (style-src 'self').
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } else {
      var style = document.createElement("style");
      style.textContent = css;
      root.appendChild(style);
    }
    root.appendChild(box);
    document.body.appendChild(host);
  }

  function refreshStatus() {
    fetch(base + "/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (status.lyckades || status.fel.length === 0) hide();
        else if (status.bygge !== dismissed) show(status);
      })
      .catch(function () { /* the preview is restarting: the next event tries again */ });
  }

  var events = new EventSource(base + "/handelser");
  events.addEventListener("hej", function (message) {
    var hello = JSON.parse(message.data);
    // Reconnected to a restarted preview, or builds were missed while disconnected: reload.
    if (seen && (seen.start !== hello.start || seen.bygge !== hello.bygge)) location.reload();
    seen = hello;
  });
  events.addEventListener("bygge", function (message) {
    var build = JSON.parse(message.data);
    if (seen) seen.bygge = build.bygge;
    // A failed build lists the pages it wrote early and put back: those tabs reload to the last good version.
    if (build.sidor.some(samePage)) location.reload();
    else refreshStatus();
  });
  refreshStatus();
})();
