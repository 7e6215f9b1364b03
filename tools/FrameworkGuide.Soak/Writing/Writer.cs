using System.Diagnostics;
using System.Globalization;
using System.Text;
using FrameworkGuide.Soak.Guides;

namespace FrameworkGuide.Soak.Writing;

/// <summary>
/// The writer process: changes the content folder <see cref="WriterOptions.WritesPerSecond"/> times a
/// second for <see cref="WriterOptions.Seconds"/> seconds, then stops by itself (or sooner, when its
/// input closes: the soak has gone). It starts from the folder the soak generated, every guide at
/// version 1. Each operation is reported on one line, <c>op KIND ID VERSION SLUG</c>; at the end,
/// one line per guide, <c>end ID SLUG EXISTS LASTGOOD BROKEN ALIASES</c>, then <c>done OPERATIONS FAILED</c>.
/// </summary>
internal sealed class Writer(WriterOptions options, TextWriter output)
{
    private static readonly (WriteKind Kind, int Weight)[] Mix =
    [
        (WriteKind.InPlace, 30), (WriteKind.MoveOver, 30), (WriteKind.Add, 6), (WriteKind.Rename, 8),
        (WriteKind.Delete, 8), (WriteKind.ReAdd, 8), (WriteKind.Broken, 10),
    ];

    private readonly List<WrittenGuide> guides = Enumerable.Range(1, options.Guides)
        .Select(id => new WrittenGuide(id, GuideIds.IsVolatile(id, options.Guides)))
        .ToList();

    private readonly Random random = new(options.Seed);
    private int breaks;

    public async Task RunAsync(CancellationToken stop)
    {
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var limit = (long)options.WritesPerSecond * options.Seconds;
        var clock = Stopwatch.StartNew();
        long done = 0, failed = 0;
        for (long operation = 0; operation < limit && clock.Elapsed < duration && !stop.IsCancellationRequested; operation++)
        {
            var wait = TimeSpan.FromSeconds((double)operation / options.WritesPerSecond) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var (kind, guide) = Choose();
            try
            {
                Apply(kind, guide);
                done++;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"op {kind} {guide.Id} {guide.Version} {guide.Slug}"));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                failed++;
                await output.WriteLineAsync($"error {kind} {guide.Slug}: {error.Message}");
            }
        }

        foreach (var guide in guides)
        {
            var aliases = guide.Aliases.Count == 0 ? "-" : string.Join(',', guide.Aliases);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"end {guide.Id} {guide.Slug} {(guide.Exists ? 1 : 0)} {guide.LastGood} {(guide.Broken ? 1 : 0)} {aliases}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"done {done} {failed}"));
        await output.FlushAsync(CancellationToken.None);
    }

    private (WriteKind Kind, WrittenGuide Guide) Choose()
    {
        var roll = random.Next(Mix.Sum(entry => entry.Weight));
        var kind = Mix.First(entry => (roll -= entry.Weight) < 0).Kind;
        var target = kind switch
        {
            WriteKind.Add when guides.Count < 2 * options.Guides => Added(),
            WriteKind.Rename or WriteKind.Delete => Any(guide => guide.IsVolatile && guide.Exists),
            WriteKind.ReAdd => Any(guide => guide.IsVolatile && !guide.Exists),
            WriteKind.InPlace or WriteKind.MoveOver or WriteKind.Broken => Any(guide => guide.Exists),
            _ => null,
        };
        return target is null ? (WriteKind.MoveOver, Any(guide => guide.Exists)!) : (kind, target);
    }

    private WrittenGuide Added()
    {
        var guide = new WrittenGuide(guides.Count + 1, isVolatile: true) { Exists = false, Version = 0, LastGood = 0 };
        guides.Add(guide);
        return guide;
    }

    private WrittenGuide? Any(Func<WrittenGuide, bool> fits)
    {
        var candidates = guides.Where(fits).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private void Apply(WriteKind kind, WrittenGuide guide)
    {
        switch (kind)
        {
            case WriteKind.InPlace:
                File.WriteAllText(PathOf(guide), NextGood(guide));
                break;
            case WriteKind.MoveOver:
                MoveIn(guide, Encoding.UTF8.GetBytes(NextGood(guide)));
                break;
            case WriteKind.Add:
                MoveIn(guide, Encoding.UTF8.GetBytes(NextGood(guide)));
                guide.Exists = true;
                break;
            case WriteKind.Rename:
                var old = PathOf(guide);
                guide.Aliases.Add("/guides/" + guide.Slug);
                guide.Renames++;
                File.Move(old, PathOf(guide));
                MoveIn(guide, Encoding.UTF8.GetBytes(NextGood(guide)));
                break;
            case WriteKind.Delete:
                File.Delete(PathOf(guide));
                guide.Exists = false;
                break;
            case WriteKind.ReAdd:
                File.WriteAllText(PathOf(guide), NextGood(guide));
                guide.Exists = true;
                break;
            case WriteKind.Broken:
                guide.Version++;
                guide.Broken = true;
                var text = MarkedGuideText.Write(guide.Id, guide.Version, broken: true, guide.Aliases, options.Guides);
                var bytes = BrokenText.Apply(text, (BreakKind)(breaks % Enum.GetValues<BreakKind>().Length));
                breaks++;
                if (random.Next(2) == 0)
                {
                    File.WriteAllBytes(PathOf(guide), bytes);
                }
                else
                {
                    MoveIn(guide, bytes);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The next version of the guide, without errors; it becomes the one the site should serve.</summary>
    private string NextGood(WrittenGuide guide)
    {
        guide.Version++;
        guide.LastGood = guide.Version;
        guide.Broken = false;
        return MarkedGuideText.Write(guide.Id, guide.Version, broken: false, guide.Aliases, options.Guides);
    }

    private string PathOf(WrittenGuide guide) => Path.Combine(options.Content, guide.Slug + ".md");

    private void MoveIn(WrittenGuide guide, byte[] bytes)
    {
        var staged = Path.Combine(options.Staging, guide.Slug + ".md.tmp");
        File.WriteAllBytes(staged, bytes);
        File.Move(staged, PathOf(guide), overwrite: true);
    }
}
