namespace FrameworkGuide.Web.Export;

/// <summary>What an export did: the URLs it asked for, the files it wrote, and any URL that failed.</summary>
/// <param name="Urls">URLs exported.</param>
/// <param name="Asked">URLs the site was asked for: the others were kept from an earlier export made from the same inputs.</param>
/// <param name="Files">Files written, with the compressed siblings and the redirect files.</param>
public sealed record ExportResult(int Urls, int Asked, ExportedFiles Files, TimeSpan Elapsed, IReadOnlyList<ExportFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;

    public double UrlsPerSecond => Elapsed > TimeSpan.Zero ? Urls / Elapsed.TotalSeconds : 0;
}
