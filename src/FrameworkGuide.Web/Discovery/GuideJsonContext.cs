using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrameworkGuide.Web.Discovery;

/// <summary>The JSON contract, generated at compile time: camelCase names, dates as <c>yyyy-MM-dd</c>, nulls written.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GuideJson))]
[JsonSerializable(typeof(GuideIndexJson))]
public sealed partial class GuideJsonContext : JsonSerializerContext;
