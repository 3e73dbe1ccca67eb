using System.Diagnostics;
using System.Text.Json;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// The build plugin in .ci/netlify-cache/ run in Node as Netlify runs it, with a stand-in for Netlify's utils.cache
/// that records what each event restores and saves.
/// </summary>
public static class NetlifyCachePlugin
{
    public sealed record Calls(IReadOnlyList<string> Restored, IReadOnlyList<string> Saved, IReadOnlyList<string> Exported);

    /// <summary>What a plugin may export: Netlify Build refuses one that exports anything else ("Invalid event").</summary>
    public static readonly string[] Events = ["onPreBuild", "onBuild", "onPostBuild", "onSuccess", "onError", "onEnd"];

    public static Calls Run()
    {
        var plugin = Path.Combine(Repository.Root, ".ci", "netlify-cache", "index.js");
        var script = $$"""
            const plugin = require({{JsonSerializer.Serialize(plugin)}});
            const calls = { restored: [], saved: [], exported: Object.keys(plugin) };
            const utils = { cache: {
              restore: async path => { calls.restored.push(path); return false; },
              save: async path => { calls.saved.push(path); return true; },
            } };
            (async () => {
              await plugin.onPreBuild({ utils });
              await plugin.onPostBuild({ utils });
              process.stdout.write(JSON.stringify(calls));
            })();
            """;
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node: {errors.Result}");
        var lines = output.Split('\n');
        using var json = JsonDocument.Parse(lines[^1]);
        static List<string> List(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        return new Calls(List(json.RootElement.GetProperty("restored")), List(json.RootElement.GetProperty("saved")), List(json.RootElement.GetProperty("exported")));
    }
}
