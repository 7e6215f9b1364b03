namespace FrameworkGuide.Web.Export;

/// <summary>How many files an export holds and how many bytes they hold, and how many of the files were written this time.</summary>
/// <param name="Written">Files written by this export; the others an earlier export wrote with the same bytes.</param>
public readonly record struct ExportedFiles(long Count, long Bytes, long Written)
{
    public static ExportedFiles operator +(ExportedFiles left, ExportedFiles right) =>
        new(left.Count + right.Count, left.Bytes + right.Bytes, left.Written + right.Written);

    public static ExportedFiles Add(ExportedFiles left, ExportedFiles right) => left + right;
}
