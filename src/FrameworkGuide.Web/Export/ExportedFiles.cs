namespace FrameworkGuide.Web.Export;

/// <summary>How many files were written, and how many bytes they hold.</summary>
public readonly record struct ExportedFiles(long Count, long Bytes)
{
    public static ExportedFiles operator +(ExportedFiles left, ExportedFiles right) =>
        new(left.Count + right.Count, left.Bytes + right.Bytes);

    public static ExportedFiles Add(ExportedFiles left, ExportedFiles right) => left + right;
}
