using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Loading;

/// <summary>One file's latest parse result, and the last good guide it gave when the latest one failed.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes.</param>
/// <param name="LoadedAt">When the file was last read.</param>
/// <param name="LastGood">The guide the file gave before its latest edit broke it.</param>
public sealed record ContentEntry(string Path, ParseResult Result, DateTimeOffset LoadedAt, Guide? LastGood = null)
{
    /// <summary>The guide to serve: the latest, or else the last good one.</summary>
    public Guide? Guide => Result.Guide ?? LastGood;

    public bool ServingLastGood => Result.Guide is null && LastGood is not null;
}
