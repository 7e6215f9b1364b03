using System.Diagnostics;
using System.Text.RegularExpressions;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Checking;

namespace FrameworkGuide.Web.Tests;

public sealed partial class CheckCommandTests
{
    /// <summary>A guide whose decision table (line 14) picks 'Rails', which is not an option.</summary>
    private const string BadGuide = """
        ---
        title: "Flask vs Django"
        options: [Flask, Django]
        ---

        ## Quick Answer

        Pick Flask for small things.

        ## Decision Table

        | Project need | Better default | Why |
        | --- | --- | --- |
        | Convention over configuration | Rails | Rails is not an option. |
        """;

    private static readonly ContentFileReader Reader = new(new GuideParser(new GuideMarkdown()), 1024 * 1024);

    [Fact]
    public void Check_ExitsZeroWithNoErrors_ForTheRepositoryContent()
    {
        var output = new StringWriter();

        var exitCode = CheckCommand.Check(Reader, RepositoryContentFolder(), cache: null, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.DoesNotContain(Lines(output), line => line.Contains("error:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ExitsOneAndReportsFileLineAndMessage_WhenAFileHasAnError()
    {
        using var folder = TempFolder.Create("check", ("bad.md", BadGuide));
        var output = new StringWriter();

        var exitCode = CheckCommand.Check(Reader, folder.FullPath, cache: null, output);

        Assert.Equal(1, exitCode);
        var error = Assert.Single(Lines(output), line => line.Contains("error:", StringComparison.Ordinal));
        AssertErrorLine(folder.Name, error);
    }

    [Fact]
    public void Check_ReportsFileAndLine_WhenFrontMatterHasAnUnclosedYamlList()
    {
        using var folder = TempFolder.Create(
            "check-yaml",
            ("unclosed-list.md", YamlTypoContentTests.UnclosedList),
            ("jinja-vs-mako.md", YamlTypoContentTests.GoodGuide));
        var output = new StringWriter();

        var exitCode = CheckCommand.Check(Reader, folder.FullPath, cache: null, output);

        Assert.Equal(1, exitCode);
        var error = Assert.Single(Lines(output), line => line.Contains("error:", StringComparison.Ordinal));
        var match = ErrorLine().Match(error);
        Assert.True(match.Success, $"not of the form <folder>/<file>:<line>: error: <message>: '{error}'");
        Assert.Equal($"{folder.Name}/unclosed-list.md", match.Groups["path"].Value);
        Assert.Equal("3", match.Groups["line"].Value);
    }

    [Fact]
    public void Check_ExitsOne_WhenTheFolderDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fg-missing-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();

        var exitCode = CheckCommand.Check(Reader, missing, cache: null, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", Assert.Single(Lines(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WritesTheParseCacheTheSiteReads_SoAFirstStartAfterItParsesNothing()
    {
        using var folder = TempFolder.Create(
            "check-cache",
            ("unclosed-list.md", YamlTypoContentTests.UnclosedList),
            ("jinja-vs-mako.md", YamlTypoContentTests.GoodGuide));
        using var cacheFolder = TempFolder.Create("check-cache-files");
        var output = new StringWriter();
        using (var cache = ParseCache.Open(cacheFolder.FullPath, folder.FullPath))
        {
            Assert.Equal(1, CheckCommand.Check(Reader, folder.FullPath, cache, output));
        }

        Assert.Contains(Lines(output), line => line.StartsWith("Parse cache: 0 files from the cache, 2 parsed, written", StringComparison.Ordinal));

        // The site opens the cache of its content folder the same way, and finds every file there.
        using var started = ParseCache.Open(cacheFolder.FullPath, folder.FullPath);
        var set = new ContentLibrary(Reader, folder.FullPath, TimeProvider.System, started).LoadAll();
        Assert.Equal((2, 0), (started.Hits, started.Misses));
        Assert.Single(set.Guides);
        Assert.Equal(1, set.ErrorCount);
    }

    [Fact]
    public void Check_ReadsItsOwnCache_AndReportsTheSameProblems()
    {
        using var folder = TempFolder.Create("check-cache-again", ("bad.md", BadGuide));
        using var cacheFolder = TempFolder.Create("check-cache-files");
        var first = new StringWriter();
        using (var cache = ParseCache.Open(cacheFolder.FullPath, folder.FullPath))
        {
            CheckCommand.Check(Reader, folder.FullPath, cache, first);
        }

        var second = new StringWriter();
        using (var cache = ParseCache.Open(cacheFolder.FullPath, folder.FullPath))
        {
            Assert.Equal(1, CheckCommand.Check(Reader, folder.FullPath, cache, second));
        }

        AssertErrorLine(folder.Name, Assert.Single(Lines(second), line => line.Contains("error:", StringComparison.Ordinal)));
        Assert.Contains(Lines(second), line => line.StartsWith("Parse cache: 1 files from the cache, 0 parsed, unchanged", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WarnsButKeepsItsVerdict_WhenTheParseCacheCannotBeWritten()
    {
        using var folder = TempFolder.Create("check-cache-blocked", ("jinja-vs-mako.md", YamlTypoContentTests.GoodGuide));
        var blocked = Path.Combine(Path.GetTempPath(), "fg-check-cache-file-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocked, "a file where the cache folder should be");
        try
        {
            var output = new StringWriter();
            using var cache = ParseCache.Open(blocked, folder.FullPath);

            var exitCode = CheckCommand.Check(Reader, folder.FullPath, cache, output);

            Assert.True(exitCode == 0, output.ToString());
            Assert.Contains(Lines(output), line => line.StartsWith("warning: the parse cache could not be written to ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(blocked);
        }
    }

    [Fact]
    public async Task CheckProcess_ExitsOneAndPrintsTheErrorLine_WhenAFileHasAnError()
    {
        using var folder = TempFolder.Create("check-process", ("bad.md", BadGuide));
        var cacheFolder = Path.Combine(Path.GetTempPath(), "fg-check-process-cache-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["Guide__ParseCachePath"] = cacheFolder },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FrameworkGuide.Web.dll"));
        start.ArgumentList.Add("check");
        start.ArgumentList.Add(folder.FullPath);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}\n{output}\n{await stderr}");
        var error = Assert.Single(Lines(output), line => line.Contains("error:", StringComparison.Ordinal));
        AssertErrorLine(folder.Name, error);
        try
        {
            Assert.Single(Directory.GetFiles(cacheFolder, "parse-*.bin"));
        }
        finally
        {
            Directory.Delete(cacheFolder, recursive: true);
        }
    }

    private static void AssertErrorLine(string folderName, string line)
    {
        var match = ErrorLine().Match(line);
        Assert.True(match.Success, $"not of the form <folder>/<file>:<line>: error: <message>: '{line}'");
        Assert.Equal($"{folderName}/bad.md", match.Groups["path"].Value);
        Assert.Equal("14", match.Groups["line"].Value);
        Assert.Contains("'Rails'", match.Groups["message"].Value, StringComparison.Ordinal);
    }

    private static List<string> Lines(StringWriter output) => Lines(output.ToString());

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();

    /// <summary>The repository's own content folder, found beside FrameworkGuide.sln above the test output.</summary>
    private static string RepositoryContentFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrameworkGuide.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new InvalidOperationException($"no FrameworkGuide.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>[0-9]+): error: (?<message>.+)$")]
    private static partial Regex ErrorLine();
}
