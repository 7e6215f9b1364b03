using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>
/// The test content exported once into a folder of its own (inside an otherwise empty parent, so
/// anything written beside it shows), and the live site with the same settings to compare it with.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    private readonly string parent = Directory.CreateTempSubdirectory("fg-export-").FullName;

    public ExportedSite() => Folder = Path.Combine(parent, "site");

    public string Folder { get; }

    public string Parent => parent;

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public LiveSite Live { get; } = new();

    public async ValueTask InitializeAsync() => (ExitCode, Output) = await ExportRun.RunAsync(Folder);

    /// <summary>The path of an exported file, from its path relative to the folder with '/'.</summary>
    public string File(string relativePath) => Path.Combine([Folder, .. relativePath.Split('/')]);

    /// <summary>Every file the export wrote, relative to the folder with '/'.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>The exported file a static server answers a URL path with (<c>try_files $uri $uri.html $uri/index.html</c>), if any.</summary>
    public string? Resolve(string path)
    {
        var decoded = Uri.UnescapeDataString(path).TrimStart('/');
        var candidates = decoded.Length == 0 ? ["index.html"] : new[] { decoded, decoded + ".html", decoded + "/index.html" };
        return candidates.Where(candidate => System.IO.File.Exists(File(candidate))).Select(File).FirstOrDefault();
    }

    public async ValueTask DisposeAsync()
    {
        await Live.DisposeAsync();
        Directory.Delete(parent, recursive: true);
    }

    /// <summary>The site as it serves readers, with the settings the export ran with.</summary>
    public sealed class LiveSite : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in ExportRun.Settings)
            {
                builder.UseSetting(key, value);
            }
        }

        public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }
}
