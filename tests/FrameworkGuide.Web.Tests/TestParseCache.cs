using System.Runtime.CompilerServices;

namespace FrameworkGuide.Web.Tests;

/// <summary>
/// Every site these tests start keeps its parse cache in one folder of this run (not the user's
/// cache folder), so the cache is used as in production: a site started after another on the same
/// content reads what the first one wrote.
/// </summary>
internal static class TestParseCache
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), $"fg-web-tests-parse-cache-{Environment.ProcessId}");

    [ModuleInitializer]
    internal static void KeepTheCacheInATemporaryFolder()
    {
        Environment.SetEnvironmentVariable("Guide__ParseCachePath", Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        };
    }
}
