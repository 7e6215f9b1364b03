using System.Reflection;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests;

/// <summary>
/// The site is published ReadyToRun, so it starts with its code compiled. .NET's ReadyToRun compiler
/// leaves out every method that touches a type holding an <see cref="Int128"/> or a
/// <see cref="UInt128"/>: one such field in <see cref="Guide"/> sent 87 of the site's methods (the
/// load, the parse cache, the pages, the export's checks) to the JIT at every start and export.
/// </summary>
public class PrecompiledTypesTests
{
    public static TheoryData<string> Assemblies => new() { typeof(Guide).Assembly.GetName().Name!, typeof(ExportEntry).Assembly.GetName().Name! };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Types_HoldNo128BitInteger_SoTheCodeThatReadsThemIsPrecompiled(string assembly)
    {
        // Arrange
        var types = Assembly.Load(assembly).GetTypes();

        // Act
        var fields = types
            .SelectMany(type => type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => Is128BitInteger(Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType))
                .Select(field => $"{type.FullName}.{field.Name}"))
            .ToList();

        // Assert
        Assert.Empty(fields);
    }

    private static bool Is128BitInteger(Type type) => type == typeof(Int128) || type == typeof(UInt128);
}
