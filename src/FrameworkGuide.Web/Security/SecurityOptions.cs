namespace FrameworkGuide.Web.Security;

/// <summary>The <c>Security</c> section: what the site trusts and how hard it limits per-request work.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Proxies (IP addresses) whose X-Forwarded-For and X-Forwarded-Proto are believed. Default: none.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) whose forwarded headers are believed. Default: none.</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>Redirect http to https and send HSTS, outside Development. Default: on.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Search and decision-result requests each client may make per second (a burst of twice this is allowed).</summary>
    public int PermitsPerSecond { get; set; } = 20;
}
