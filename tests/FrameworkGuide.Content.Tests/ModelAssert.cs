using System.Collections;
using System.Reflection;

namespace FrameworkGuide.Content.Tests;

/// <summary>
/// Compares two model graphs property by property, by reflection, so that a property added to the
/// model is compared without anyone listing it here. Also checks that where one object's two string
/// or <see cref="Model.Utf8Text"/> properties are one instance (the HTML that is its own text), they are one instance in the other.
/// </summary>
internal static class ModelAssert
{
    public static void Equivalent(object? expected, object? actual, string path = "result")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or decimal or Model.Hash128 or Model.Utf8Text)
        {
            Assert.True(Equals(expected, actual), $"{path}: expected <{expected}>, got <{actual}>");
            return;
        }

        if (expected is IEnumerable<KeyValuePair<string, string>> pairs)
        {
            var actualPairs = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, string>>>(actual);
            Assert.Equal(pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal), actualPairs.OrderBy(pair => pair.Key, StringComparer.Ordinal));
            return;
        }

        if (expected is IEnumerable items)
        {
            var expectedItems = items.Cast<object?>().ToList();
            var actualItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
            Assert.True(expectedItems.Count == actualItems.Count, $"{path}: expected {expectedItems.Count} items, got {actualItems.Count}");
            for (var i = 0; i < expectedItems.Count; i++)
            {
                Equivalent(expectedItems[i], actualItems[i], $"{path}[{i}]");
            }

            return;
        }

        Assert.Equal(type, actual.GetType());
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .ToList();
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            Equivalent(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }

        var strings = properties.Where(property => property.PropertyType == typeof(string)).ToList();
        foreach (var first in strings)
        {
            foreach (var second in strings.Where(second => second != first && ReferenceEquals(first.GetValue(expected), second.GetValue(expected))))
            {
                Assert.True(
                    ReferenceEquals(first.GetValue(actual), second.GetValue(actual)),
                    $"{path}: {first.Name} and {second.Name} were one string and are two");
            }
        }

        var texts = properties.Where(property => property.PropertyType == typeof(Model.Utf8Text)).ToList();
        foreach (var first in texts)
        {
            foreach (var second in texts.Where(second => second != first && ((Model.Utf8Text)first.GetValue(expected)!).SharesBytesWith((Model.Utf8Text)second.GetValue(expected)!)))
            {
                Assert.True(
                    ((Model.Utf8Text)first.GetValue(actual)!).SharesBytesWith((Model.Utf8Text)second.GetValue(actual)!),
                    $"{path}: {first.Name} and {second.Name} were one text and are two");
            }
        }
    }
}
