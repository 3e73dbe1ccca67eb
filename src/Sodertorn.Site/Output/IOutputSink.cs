using System.Buffers;
using System.Text;

namespace Sodertorn.Site.Output;

/// <summary>
/// Where a build writes the site: the staging folder that replaces output/ when the build passes (<see cref="OutputStaging"/>),
/// or the preview's folder, which keeps only what changed. Paths are relative to the site's root, with '/'. Safe to call
/// from several threads for different paths.
/// </summary>
public interface IOutputSink
{
    void Write(string path, ReadOnlySpan<byte> bytes);

    void Write(OutputFile file);

    /// <summary>A file from input/filer/ published as it is.</summary>
    void Copy(string path, string sourceFile);
}

public static class OutputSinkExtensions
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text as UTF-8 through a pooled buffer: a page's bytes are not kept after it is written.</summary>
    public static void WriteText(this IOutputSink sink, string path, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            sink.Write(path, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
