namespace FrameworkGuide.Soak.Reading;

/// <summary>One problem with one answer, and what was seen.</summary>
internal sealed record Finding(Problem Problem, string Detail);
