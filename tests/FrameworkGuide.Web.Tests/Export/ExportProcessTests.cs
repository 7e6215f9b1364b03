using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportProcessTests
{
    [Fact]
    public void TheExportsOwnProcess_IsThisAppAgain_WithTheSameArguments_TheBatchSettings_AndTheMarkThatStopsItStartingAgain()
    {
        string[] args = ["export", "out dir", "--Guide:BaseUrl=https://guides.example.org"];

        var start = ExportProcess.StartInfo(args);

        Assert.NotNull(start);
        Assert.Equal(Environment.ProcessPath, start.FileName);
        Assert.Equal(args, start.ArgumentList.TakeLast(args.Length));
        Assert.False(start.UseShellExecute);
        Assert.Equal("1", start.Environment[ExportProcess.Variable]);
        Assert.All(ExportProcess.Settings, setting => Assert.Equal(
            Environment.GetEnvironmentVariable(setting.Key) ?? setting.Value,
            start.Environment[setting.Key]));
    }

    [Fact]
    public async Task TheExportsOwnProcess_RunsTheExportItself_AndStartsNoOther()
    {
        var before = Environment.GetEnvironmentVariable(ExportProcess.Variable);
        Environment.SetEnvironmentVariable(ExportProcess.Variable, "1");
        try
        {
            Assert.Null(await ExportProcess.RunAsync(["export", "out"]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ExportProcess.Variable, before);
        }
    }
}
