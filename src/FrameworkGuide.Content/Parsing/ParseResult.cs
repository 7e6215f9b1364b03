using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Parsing;

/// <summary>A parsed file: the guide, unless an error kept it out, and every problem found.</summary>
public sealed record ParseResult(Guide? Guide, IReadOnlyList<ContentDiagnostic> Diagnostics);
