namespace FrameworkGuide.ToolSupport;

/// <summary>The few statistics the tools' reports print.</summary>
public static class Stats
{
    /// <summary>The <paramref name="p"/>-th percentile (0 to 1) by linear interpolation between ranks; the median is 0.5. NaN when there are no values.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>The arithmetic mean; NaN when there are no values.</summary>
    public static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Average();
}
