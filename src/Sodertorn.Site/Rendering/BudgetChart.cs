using System.Globalization;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Rendering;

/// <summary>One bar of the budget chart: the cost line, its amount as the table shows it, and where the bar is drawn.</summary>
public sealed record BudgetBar(string Label, string Amount, long Value, int LabelY, int BarY, string Width, string AmountX, int AmountY);

/// <summary>
/// The plan's costs as a horizontal bar chart, drawn at build time as SVG (theme/partials/plan_part.sbn).
/// The chart is a picture of the budget table beside it: the table is what assistive technology reads, so
/// the SVG is hidden from it. Only presentation attributes, no style attributes (the site's CSP forbids them).
/// </summary>
public sealed record BudgetChart(IReadOnlyList<BudgetBar> Bars, int Width, int Height)
{
    /// <summary>The drawing's width in SVG units; bars use at most <see cref="BarSpace"/> of it, amounts follow them.</summary>
    public const int ChartWidth = 400;

    public const int BarSpace = 280;

    private const int RowHeight = 44;
    private const int BarHeight = 16;

    /// <summary>Null when the budget has no cost line with an amount above zero: there is nothing to draw.</summary>
    public static BudgetChart? For(Budget? budget)
    {
        var lines = budget?.Costs.Where(l => l.Amount > 0).ToList() ?? [];
        if (lines.Count == 0) return null;
        var max = lines.Max(l => l.Amount);
        var bars = lines.Select((line, i) =>
        {
            var width = (double)line.Amount / max * BarSpace;
            var top = i * RowHeight;
            return new BudgetBar(
                line.Item,
                (line.Approximate ? "ca " : "") + TemplateFunctions.Money(line.Amount),
                line.Amount,
                LabelY: top + 14,
                BarY: top + 20,
                Width: Number(width),
                AmountX: Number(width + 6),
                AmountY: top + 33);
        }).ToList();
        return new BudgetChart(bars, ChartWidth, lines.Count * RowHeight);
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A municipality's yearly fee: its population times the plan's fee per inhabitant (samarbetsavtalet § 8).</summary>
public sealed record MunicipalityFee(LinkView Municipality, long Inhabitants, DateOnly? InhabitantsDate, long Fee);

public static class MunicipalityFees
{
    /// <summary>
    /// Every municipality's fee, or an empty list unless the plan names a fee per inhabitant and every
    /// municipality's page gives its population: the site shows no fee it would have to guess.
    /// </summary>
    public static IReadOnlyList<MunicipalityFee> For(Budget? budget, IReadOnlyList<Municipality> municipalities, Func<string, LinkView> link)
    {
        if (budget?.FeePerInhabitant is not { } rate || municipalities.Count == 0 || municipalities.Any(m => m.Inhabitants is null)) return [];
        return municipalities.Select(m => new MunicipalityFee(link(m.Id), m.Inhabitants!.Value, m.InhabitantsDate, m.Inhabitants.Value * rate)).ToList();
    }
}
