using FrameworkGuide.Web.Export;
using FrameworkGuide.Web.Memory;
using FrameworkGuide.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportHostTests
{
    [Fact]
    public async Task TheExportedSite_RunsNoIdleTrimAndNoSearchIndex_ThatWouldStopAnUpdateWhileItChecksItsFiles()
    {
        var command = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        command.Configuration.AddInMemoryCollection(ExportRun.Settings);

        await using var app = ExportHost.Build(command);

        var background = app.Services.GetServices<IHostedService>().Select(service => service.GetType()).ToList();
        Assert.NotEmpty(background);
        Assert.DoesNotContain(typeof(IdleMemoryTrimmer), background);
        Assert.DoesNotContain(typeof(SearchIndexer), background);
    }
}
