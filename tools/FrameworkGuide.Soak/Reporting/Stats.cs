namespace FrameworkGuide.Soak.Reporting;

internal static class Stats
{
    /// <summary>The <paramref name="p"/>-th percentile (0 to 1) by linear interpolation between ranks; the median is 0.5. NaN when there are no values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    public static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Average();
}
