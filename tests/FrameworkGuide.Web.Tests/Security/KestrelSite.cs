using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Security;

/// <summary>
/// The test content in Production on real Kestrel at 127.0.0.1, asked with raw bytes over a socket:
/// no client library tidies a hostile request line or header before the server parses it.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BaseUrl = "https://guides.example.org";

    public int Port { get; private set; }

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Sends <paramref name="head"/> (request line and headers, without the blank line that ends them)
    /// with <c>Connection: close</c>, and reads the whole answer.
    /// </summary>
    public async Task<RawResponse> SendAsync(string head, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
        var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes(head + "\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, cancellationToken);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, cancellationToken);
        return RawResponse.Parse(answer.ToArray());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
        builder.UseSetting("Guide:BaseUrl", BaseUrl);
        builder.UseSetting("Security:RequireHttps", "false");
        builder.UseSetting("Security:PermitsPerSecond", "100000");
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }
}

/// <summary>An HTTP/1.1 answer as it came off the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) =>
        Headers.Where(header => header.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).FirstOrDefault();

    public static RawResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new InvalidDataException($"no complete answer head in {bytes.Length} bytes: {Encoding.Latin1.GetString(bytes)}");
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), parts[1].Trim()))
            .ToList();
        var body = bytes[(end + 4)..];
        if (headers.Any(header => header.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && header.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
        {
            body = Unchunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.Latin1.GetString(chunked, position, lineEnd).Split(';')[0], 16);
            position += lineEnd + 2;
            if (size == 0)
            {
                return body.ToArray();
            }

            body.Write(chunked, position, size);
            position += size + 2;
        }
    }
}
