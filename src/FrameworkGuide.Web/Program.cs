using FrameworkGuide.Web.Checking;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Export;
using FrameworkGuide.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    // The export runs in a process of its own, with the runtime settings of a batch (ExportProcess).
    if (ExportCommand.IsRequested(args) && await ExportProcess.RunAsync(args) is { } exported)
    {
        return exported;
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddContent();

    if (CheckCommand.IsRequested(args))
    {
        return CheckCommand.Run(builder, args);
    }

    if (ExportCommand.IsRequested(args))
    {
        return await ExportCommand.RunAsync(builder, args);
    }

    builder.AddWebFeatures();
    var app = builder.Build();
    app.UseWebFeatures();
    app.Run();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "FrameworkGuide stopped unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}
