namespace FrameworkGuide.Web.Discovery;

/// <summary>One page in the sitemap.</summary>
/// <param name="Path">The site path, already URL-escaped: <c>/guides/flask-vs-django/faq</c>.</param>
/// <param name="LastModified">When the page's content last changed, if known.</param>
public sealed record SitemapUrl(string Path, DateOnly? LastModified);
