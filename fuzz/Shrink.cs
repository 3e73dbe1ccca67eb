namespace Sodertorn.Site.Fuzz;

/// <summary>
/// Shrinks a crashing input while it still crashes the same way: whole lines first (a fixture is read by people), then
/// bytes, each by halving chunks (delta debugging). The first byte, the slot, is kept.
/// </summary>
public static class Shrink
{
    public static byte[] Minimise(byte[] input, Func<byte[], bool> stillCrashes)
    {
        if (input.Length <= 1) return input;
        var slot = input[0];
        var units = Lines(input.AsSpan(1));
        units = Reduce(units, u => stillCrashes(Join(slot, u)));
        var bytes = Join(slot, units)[1..].Select(b => new[] { b }).ToList();
        bytes = Reduce(bytes, u => stillCrashes(Join(slot, u)));
        return Join(slot, bytes);
    }

    /// <summary>Removes chunks of units, halving the chunk size down to one, keeping each removal that still crashes.</summary>
    private static List<byte[]> Reduce(List<byte[]> units, Func<List<byte[]>, bool> stillCrashes)
    {
        for (var chunk = Math.Max(1, units.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < units.Count;)
            {
                var candidate = units.Take(start).Concat(units.Skip(start + chunk)).ToList();
                if (candidate.Count < units.Count && stillCrashes(candidate)) units = candidate;
                else start += chunk;
            }
            if (chunk == 1) break;
        }
        return units;
    }

    private static List<byte[]> Lines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<byte[]>();
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            var take = end < 0 ? bytes.Length : end + 1;
            lines.Add(bytes[..take].ToArray());
            bytes = bytes[take..];
        }
        return lines;
    }

    private static byte[] Join(byte slot, List<byte[]> units) => [slot, .. units.SelectMany(u => u)];
}
