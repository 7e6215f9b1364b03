namespace FrameworkGuide.Web.Export;

/// <summary>What an export did: the URLs it asked for, the files it wrote, and any URL that failed.</summary>
/// <param name="Urls">URLs requested.</param>
/// <param name="Files">Files written, with the compressed siblings and the redirect files.</param>
public sealed record ExportResult(int Urls, ExportedFiles Files, TimeSpan Elapsed, IReadOnlyList<ExportFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;

    public double UrlsPerSecond => Elapsed > TimeSpan.Zero ? Urls / Elapsed.TotalSeconds : 0;
}
