using System.Text.Json;
using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// One element with keyboard focus, measured as the browser draws it: the contrast of its text (and of every
/// text inside it) with the background behind that text, and of the focus indicator (the outline, or without one
/// the focused background) with what lies just outside it.
/// </summary>
public sealed record FocusMeasure(string Element, double Text, string TextColours, double Indicator, string IndicatorColours);

/// <summary>
/// Presses Tab through a loaded page (as <see cref="TabWalk"/> does) and measures each element as it receives focus
/// (<see cref="FocusMeasure"/>), with WCAG's relative luminance; a background that is partly transparent is laid over
/// what is behind it.
/// </summary>
public static class FocusContrast
{
    private const int Batch = 20;

    private const string Setup = """
        () => {
          const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null; const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
          const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
          const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
          // The colour behind an element's content: its own background and its ancestors', laid over each other.
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
            }
            return layers.reduceRight((below, top) => over(top, below), [255, 255, 255, 1]);
          };
          const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
          // What lies just outside a box grown by d pixels: the first element there that is not the focused one or inside it.
          const outside = (el, d) => {
            const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
            const y = r.top + r.height / 2, x = r.left + r.width / 2;
            for (const [px, py] of [[r.left - d - 1, y], [r.right + d + 1, y], [x, r.top - d - 1], [x, r.bottom + d + 1]]) {
              if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) continue;
              const behind = document.elementsFromPoint(px, py).find(e => e !== el && !el.contains(e));
              if (behind) return background(behind);
            }
            return background(el.parentElement ?? el);
          };
          const measure = el => {
            const s = getComputedStyle(el);
            let text = Infinity, textColours = '';
            for (const e of [el, ...el.querySelectorAll('*')]) {
              const own = [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim() !== '') || e === el && (e.tagName === 'INPUT' || e.tagName === 'SELECT');
              if (!own || !e.checkVisibility()) continue;
              const fg = parse(getComputedStyle(e).color), bg = background(e), r = ratio(over(fg, bg), bg);
              if (r < text) { text = r; textColours = `${hex(fg)} on ${hex(bg)}`; }
            }
            let indicator, indicatorColours;
            if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
              const outline = parse(s.outlineColor), d = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth), next = outside(el, d);
              indicator = ratio(outline, next);
              indicatorColours = `outline ${hex(outline)} next to ${hex(next)}`;
            } else {
              const own = background(el), next = outside(el, 0);
              indicator = ratio(own, next);
              indicatorColours = `no outline; background ${hex(own)} next to ${hex(next)}`;
            }
            return { text: text === Infinity ? 21 : text, textColours, indicator, indicatorColours };
          };
          if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
          const w = window.__focusWalk = { seen: new Set(), stops: [], repeat: false };
          document.addEventListener('focusin', () => {
            const e = document.activeElement;
            if (w.repeat || !e || e === document.body) return;
            if (w.seen.has(e)) { w.repeat = true; return; }
            w.seen.add(e);
            const label = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            w.stops.push({ element: `<${e.tagName.toLowerCase()}${e.getAttribute('href') ? ' href=' + e.getAttribute('href') : ''}> ${label}`, ...measure(e) });
          });
        }
        """;

    /// <summary>Every element Tab reaches on the page, measured in its focused state, in Tab order.</summary>
    public static async Task<IReadOnlyList<FocusMeasure>> WalkAsync(IPage page)
    {
        await page.EvaluateAsync(Setup);
        for (var pressed = 0; pressed < TabWalk.MaxPresses; pressed += Batch)
        {
            for (var i = 0; i < Batch; i++) await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => window.__focusWalk.repeat")) break;
        }
        return JsonSerializer.Deserialize<List<FocusMeasure>>(
            await page.EvaluateAsync<string>("() => JSON.stringify(window.__focusWalk.stops)"), JsonSerializerOptions.Web) ?? [];
    }

    /// <summary>
    /// The same elements measured the same way, focused by script after one press of Tab: the browser then draws focus
    /// as for the keyboard (a script that moves focus from an element showing it shows it on the next, the
    /// :focus-visible rule), and one call replaces a round trip per element. The elements are those Tab stops at: in
    /// document order, as the site sets no positive tabindex.
    /// </summary>
    public static async Task<IReadOnlyList<FocusMeasure>> FocusEachAsync(IPage page)
    {
        await page.EvaluateAsync(Setup);
        await page.Keyboard.PressAsync("Tab");
        await page.EvaluateAsync("""
            () => {
              const stops = [...document.querySelectorAll('a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]')]
                .filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }));
              for (const e of stops) e.focus();
            }
            """);
        return JsonSerializer.Deserialize<List<FocusMeasure>>(
            await page.EvaluateAsync<string>("() => JSON.stringify(window.__focusWalk.stops)"), JsonSerializerOptions.Web) ?? [];
    }
}
