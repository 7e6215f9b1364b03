namespace FrameworkGuide.Web.Export;

/// <summary>A URL that could not be exported, and why: <c>/guides/x/faq: answered 500</c>.</summary>
public sealed record ExportFailure(string Url, string Reason)
{
    public override string ToString() => $"{Url}: {Reason}";
}
