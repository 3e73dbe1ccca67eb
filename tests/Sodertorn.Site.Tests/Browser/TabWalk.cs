using System.Text.Json;
using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>One stop of the keyboard focus: which element, whether it looks different from when it had no focus, and where it is.</summary>
public sealed record TabStop(int Id, string Element, bool LooksFocused, bool InMain, bool InFooter, string Unfocused, string Focused);

/// <summary>
/// Presses Tab through a loaded page as a keyboard user would, recording each element that receives focus, until
/// focus comes back to an element it has already visited: the first one when it went round the page (through the
/// browser's own controls), any other one when it is trapped. Before the first Tab it records how every focusable
/// element looks without focus (outline, box-shadow, colours, border, underline), so each stop can say whether
/// focus is visible on it.
/// </summary>
public static class TabWalk
{
    /// <summary>More Tab presses than any page has focusable elements; a walk that needs more never ends.</summary>
    public const int MaxPresses = 400;

    private const int Batch = 20;

    private const string Setup = """
        () => {
          const look = el => {
            const s = getComputedStyle(el);
            const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'no outline' : `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`;
            return [outline, 'shadow ' + s.boxShadow, 'background ' + s.backgroundColor, 'colour ' + s.color,
              `border ${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`, `underline ${s.textDecorationLine} ${s.textDecorationThickness}`].join('; ');
          };
          if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
          const w = window.__tabWalk = { ids: new WeakMap(), next: 0, unfocused: new WeakMap(), stops: [], repeat: null };
          for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) w.unfocused.set(e, look(e));
          document.addEventListener('focusin', () => {
            const e = document.activeElement;
            if (w.repeat !== null || !e || e === document.body) return;
            if (w.ids.has(e)) { w.repeat = w.ids.get(e); return; }
            w.ids.set(e, ++w.next);
            const unfocused = w.unfocused.get(e) ?? '(not focusable before the walk)', focused = look(e);
            const text = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            w.stops.push({ id: w.next, element: `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}${e.getAttribute('href') ? ' href=' + e.getAttribute('href') : ''}> ${text}`,
              looksFocused: unfocused !== focused, inMain: !!e.closest('main'), inFooter: !!e.closest('footer'), unfocused, focused });
          });
        }
        """;

    /// <summary>The stops in order, and how the walk ended: "went round the page", "trapped …" or "never ended".</summary>
    public static async Task<(IReadOnlyList<TabStop> Stops, string End)> WalkAsync(IPage page)
    {
        await page.EvaluateAsync(Setup);
        for (var pressed = 0; pressed < MaxPresses; pressed += Batch)
        {
            // Tab in batches: pressing on after focus has come round changes nothing that was recorded.
            for (var i = 0; i < Batch; i++) await page.Keyboard.PressAsync("Tab");
            var repeat = await page.EvaluateAsync<int?>("() => window.__tabWalk.repeat");
            if (repeat is null) continue;
            var stops = JsonSerializer.Deserialize<List<TabStop>>(
                await page.EvaluateAsync<string>("() => JSON.stringify(window.__tabWalk.stops)"), JsonSerializerOptions.Web) ?? [];
            return (stops, repeat == 1 ? "went round the page" : $"trapped: came back to {stops[repeat.Value - 1].Element} after {stops[^1].Element}");
        }
        return ([], $"never ended: still new elements after {MaxPresses} presses of Tab");
    }
}
