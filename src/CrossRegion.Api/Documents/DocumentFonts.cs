using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace CrossRegion.Api.Documents;

/// <summary>
/// The one typeface the server's PDFs are set in, whatever family a layout names: WenQuanYi Micro Hei, which has
/// CJK and Latin glyphs with TrueType outlines (PDFsharp embeds nothing else). It ships unaltered as a TrueType
/// collection; PDFsharp reads single fonts only, so its first face is cut out of the collection once, in memory.
/// </summary>
internal sealed class DocumentFonts : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    private const string Regular = "wqy-microhei";
    private const string Resource = "CrossRegion.Fonts.wqy-microhei.ttc";

    private static readonly Lazy<byte[]> Face = new(() => FirstFace(ReadResource()));
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Registers the resolver with PDFsharp, once per process (PDFsharp allows one, set before any text).</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
                _registered = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Regular, isBold ? PdfSharp.Drawing.XStyleSimulations.BoldSimulation : PdfSharp.Drawing.XStyleSimulations.None);

    public byte[]? GetFont(string faceName) => faceName == Regular ? Face.Value : null;

    private static byte[] ReadResource()
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The document font {Resource} is not embedded in the application.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The first font of a TrueType collection as a font file of its own: its table directory, with each table copied
    /// whole and 4-byte aligned and the offsets moved to where the tables now are. Nothing inside a table changes.
    /// </summary>
    internal static byte[] FirstFace(byte[] collection)
    {
        var bytes = collection.AsSpan();
        if (!bytes[..4].SequenceEqual("ttcf"u8))
        {
            return collection;
        }

        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]);
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(bytes[(face + 4)..]);
        var directoryLength = 12 + (16 * tableCount);
        var tables = Enumerable.Range(0, tableCount)
            .Select(i => collection.AsSpan(face + 12 + (16 * i), 16).ToArray())
            .OrderBy(entry => BinaryPrimitives.ReadUInt32BigEndian(entry), Comparer<uint>.Default)
            .ToList();
        var length = directoryLength + tables.Sum(t => Padded((int)BinaryPrimitives.ReadUInt32BigEndian(t.AsSpan(12))));
        var font = new byte[length];
        bytes.Slice(face, 12).CopyTo(font);
        var position = directoryLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var entry = tables[i];
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry.AsSpan(8));
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(entry.AsSpan(12));
            BinaryPrimitives.WriteUInt32BigEndian(entry.AsSpan(8), (uint)position);
            entry.CopyTo(font, 12 + (16 * i));
            bytes.Slice(offset, size).CopyTo(font.AsSpan(position));
            position += Padded(size);
        }

        return font;
    }

    private static int Padded(int size) => (size + 3) & ~3;
}
