using Microsoft.AspNetCore.Hosting;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Tests.Security;

/// <summary>Outside Development the site's address comes from configuration, so a request's Host can never name it.</summary>
public sealed class BaseUrlRequiredTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Production_WithoutABaseUrl_RefusesToStart_Saying_WhatToSet(string? baseUrl)
    {
        var error = StartupError("Production", baseUrl);

        Assert.Contains("Guide:BaseUrl must be set outside Development", error.Message, StringComparison.Ordinal);
        Assert.Contains("Guide__BaseUrl=", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://guides.example.org")]
    [InlineData("guides.example.org")]
    [InlineData("https://guides.example.org/?utm=x")]
    [InlineData("https://guides.example.org/#top")]
    [InlineData("javascript:alert(1)")]
    public void ABaseUrlThatIsNotAPlainHttpAddress_IsRefused(string baseUrl)
    {
        var error = StartupError("Production", baseUrl);

        Assert.Contains("Guide:BaseUrl must be an absolute http(s) address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_WithoutABaseUrl_UsesTheRequestsHost()
    {
        await using var site = new ConfiguredSite("Development", null);

        var page = await site.CreateClient().GetStringAsync(new Uri("http://editor-box:5000/guides/flask-vs-django"), TestContext.Current.CancellationToken);

        Assert.Contains("<link rel=\"canonical\" href=\"http://editor-box:5000/guides/flask-vs-django\">", page, StringComparison.Ordinal);
    }

    /// <summary>What stops the site's start: the options validated on start, as the served site registers them (the <c>check</c> command needs no address).</summary>
    private static OptionsValidationException StartupError(string environment, string? baseUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Guide:ContentPath"] = SiteFixture.ContentPath,
            ["Guide:BaseUrl"] = baseUrl,
        });
        builder.AddContent();
        builder.AddWebFeatures();
        using var app = builder.Build();
        return Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<GuideOptions>>().Value);
    }

    private sealed class ConfiguredSite(string environment, string? baseUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
            builder.UseSetting("Guide:Watch", "false");
            builder.UseSetting("Serilog:PreserveStaticLogger", "true");
            if (baseUrl is not null)
            {
                builder.UseSetting("Guide:BaseUrl", baseUrl);
            }
        }
    }
}
