using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>Runs the export command as Program.cs does, on the test content, and keeps what it printed.</summary>
internal static class ExportRun
{
    public const string BaseUrl = "https://guides.example.org";

    /// <summary>Small pages, so the five test guides make later list pages (<c>/page/2</c>) to export.</summary>
    public const int PageSize = 2;

    /// <summary>The settings the export and the live site it is compared with share.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Guide:ContentPath"] = SiteFixture.ContentPath,
        ["Guide:BaseUrl"] = BaseUrl,
        ["Guide:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Guide:Watch"] = "false",
        ["Serilog:PreserveStaticLogger"] = "true",
    };

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = WebProjectFolder(),
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.AddContent();
        var output = new StringWriter();

        var exitCode = await ExportCommand.RunAsync(builder, ["export", .. args], output, TestContext.Current.CancellationToken);

        return (exitCode, output.ToString());
    }

    /// <summary>The web project's folder, the content root the test hosts use too.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrameworkGuide.sln")))
            {
                return Path.Combine(folder.FullName, "src", "FrameworkGuide.Web");
            }
        }

        throw new InvalidOperationException($"no FrameworkGuide.sln above {AppContext.BaseDirectory}");
    }
}
