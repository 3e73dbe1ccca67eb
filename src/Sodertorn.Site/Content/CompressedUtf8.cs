using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Sodertorn.Site.Content;

/// <summary>
/// A UTF-8 text kept compressed for as long as the build holds it. Why: every meeting's body is rendered where it is
/// read and lives until its page is written, so all of them are held at once at the build's peak; compressed (Brotli,
/// quality 1) the real minutes' HTML takes under half of its bytes, and compressing 3 000 meetings' bodies takes about
/// a tenth of a second of a core, within the noise of the build's time (docs/benchmarks.md, seventeenth session). The
/// text is read back only inside <see cref="Read{TResult}"/>: the bytes it hands out live in a pooled buffer that is
/// returned when the call ends, and a span cannot be kept past it.
/// </summary>
public sealed class CompressedUtf8
{
    // Brotli's second-fastest quality: the fastest shrinks a little less, and the slower ones shrink the real minutes
    // little more (2.2 times against 2.4 at quality 4) at half the speed or less. The window only needs to cover one body.
    private const int Quality = 1;
    private const int Window = 18;

    private readonly byte[] packed;

    private CompressedUtf8(byte[] packed, int length)
    {
        this.packed = packed;
        Length = length;
    }

    /// <summary>How many bytes the text has when read.</summary>
    public int Length { get; }

    /// <summary>How many bytes are held.</summary>
    public int StoredLength => packed.Length;

    public static CompressedUtf8 From(string text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return From(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static CompressedUtf8 From(ReadOnlySpan<byte> utf8)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, Quality, Window))
                throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size");
            return new CompressedUtf8(buffer.AsSpan(0, written).ToArray(), utf8.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decompresses the text and hands it to <paramref name="read"/>, whose result is returned.</summary>
    public TResult Read<TResult>(Func<ReadOnlySpan<byte>, TResult> read)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Length);
        try
        {
            if (!BrotliDecoder.TryDecompress(packed, buffer.AsSpan(0, Length), out var written) || written != Length)
                throw new InvalidDataException($"a compressed text of {Length} bytes came back as {written}");
            return read(buffer.AsSpan(0, Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override string ToString() => Read(Encoding.UTF8.GetString);
}
