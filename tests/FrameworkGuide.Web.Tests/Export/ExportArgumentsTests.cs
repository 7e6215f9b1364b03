using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportArgumentsTests
{
    private static readonly string Caller = Path.Combine(Path.GetTempPath(), "caller");

    [Fact]
    public void TryParse_ReadsARelativeFolderAgainstTheCallersDirectory()
    {
        Assert.True(ExportArguments.TryParse(["export", "out"], Caller, out var arguments, out _));

        Assert.Equal(Path.Combine(Caller, "out"), arguments.OutputFolder);
        Assert.False(arguments.Force);
    }

    [Fact]
    public void TryParse_KeepsSettingsWrittenAfterAnAbsoluteFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "site");

        Assert.True(ExportArguments.TryParse(["export", folder, "--Guide:BaseUrl=https://guides.example.org", "--force"], Caller, out var arguments, out _));

        Assert.Equal(folder, arguments.OutputFolder);
        Assert.True(arguments.Force);
        Assert.Equal("https://guides.example.org", arguments.Settings["Guide:BaseUrl"]);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export --force")]
    [InlineData("export out --frce")]
    [InlineData("export out other")]
    public void TryParse_SaysWhatIsWrong(string line)
    {
        Assert.False(ExportArguments.TryParse(line.Split(' '), Caller, out _, out var error));

        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
