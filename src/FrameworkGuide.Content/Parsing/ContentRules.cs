using FrameworkGuide.Content.Diagnostics;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Rules that depend on the site's settings and today's date rather than on the file alone.</summary>
/// <param name="Clock">Today's date for the staleness rule; <c>null</c> leaves that rule out.</param>
/// <param name="StaleAfterDays">A guide last reviewed (or updated) longer ago than this is stale.</param>
public sealed record ContentRules(TimeProvider? Clock = null, int StaleAfterDays = 365)
{
    public static ContentRules Default { get; } = new();

    /// <summary>True when the guide was last checked more than <see cref="StaleAfterDays"/> before <paramref name="today"/>.</summary>
    public bool IsStale(DateOnly? lastChecked, DateOnly today) =>
        lastChecked is { } date && date.AddDays(StaleAfterDays) < today;

    public DateOnly? Today => Clock is null ? null : DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Adds to a file's result what depends on today's date: the warning that the guide is stale.</summary>
    /// <param name="path">The file's path relative to the content folder, as its diagnostics give it.</param>
    public ParseResult Date(string path, ParseResult undated)
    {
        if (undated.LastChecked is not { } lastChecked || Today is not { } today || !IsStale(lastChecked.Date, today))
        {
            return undated;
        }

        var warning = new ContentDiagnostic(
            path,
            lastChecked.Line,
            Severity.Warning,
            $"last reviewed {lastChecked.Date:yyyy-MM-dd}, more than {StaleAfterDays} days ago (Guide:StaleAfterDays): check the guide still holds and set 'reviewed'");
        return undated with { Diagnostics = [.. undated.Diagnostics, warning] };
    }
}
