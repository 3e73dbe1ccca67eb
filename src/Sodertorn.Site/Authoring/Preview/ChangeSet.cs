namespace Sodertorn.Site.Authoring.Preview;

/// <summary>What changed on disk since the last rebuild, collected from the watcher's events.</summary>
public sealed class ChangeSet
{
    /// <summary>Full paths under input/ that an event named (they may since have been deleted again).</summary>
    public HashSet<string> InputPaths { get; } = new(StringComparer.Ordinal);

    /// <summary>A layout, partial or asset changed: the theme is loaded again and every page rendered.</summary>
    public bool Theme { get; set; }

    /// <summary>The watcher lost events (its buffer overflowed): input/ is read again from scratch.</summary>
    public bool Rescan { get; set; }

    public bool IsEmpty => InputPaths.Count == 0 && !Theme && !Rescan;

    public static ChangeSet Everything() => new() { Theme = true, Rescan = true };

    public void Merge(ChangeSet other)
    {
        InputPaths.UnionWith(other.InputPaths);
        Theme |= other.Theme;
        Rescan |= other.Rescan;
    }
}
