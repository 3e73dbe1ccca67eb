namespace Sodertorn.Site.Content;

/// <summary>A text file read from input/, decoded and checked, with its path relative to input/ using '/'.</summary>
public sealed record SourceFile(string RelativePath, string Text);

/// <summary>A file copied to the site as it is (images, PDFs): relative path inside input/ and full path on disk.</summary>
public sealed record AssetFile(string RelativePath, string FullPath);

/// <summary>What the read stage hands on: Markdown documents, YAML data files and assets, each sorted by path.</summary>
public sealed record InputSet(
    IReadOnlyList<SourceFile> Documents,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyList<AssetFile> Assets);

/// <summary>A document found in input/ and not yet read: path relative to input/ and full path on disk.</summary>
public sealed record InputFile(string RelativePath, string FullPath);

/// <summary>What walking input/ finds: documents to read, YAML data files (read), and assets, each sorted by path.</summary>
public sealed record InputListing(
    IReadOnlyList<InputFile> Documents,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyList<AssetFile> Assets);
