using System.Collections.Concurrent;
using System.Reflection;

namespace Infra.Model;

/// <summary>
/// Reads an args record as the provider sees it: its set properties, in declaration order, under
/// the provider's names (camelCase of the C# name unless <see cref="PulumiNameAttribute"/> says
/// otherwise). Unset (null) properties are left out. Emitters, the graph and renderers share it.
/// </summary>
public static class PropertyReader
{
    private static readonly ConcurrentDictionary<Type, RecordProperty[]> Cache = new();
    private static readonly ConcurrentDictionary<Enum, string> EnumNames = new();

    /// <summary>True for our args records and nested value records (anything read property by property).</summary>
    public static bool IsRecord(object value) =>
        value is not string && value is not System.Collections.IEnumerable && !value.GetType().IsPrimitive
        && value is not IDeployTimeValue && value is not IExpr && !value.GetType().IsEnum && value is not decimal;

    public static IEnumerable<KeyValuePair<string, object>> Read(object record)
    {
        foreach (var property in Properties(record.GetType()))
        {
            if (property.ValueOf(record) is { } value)
            {
                yield return new(property.Name, value);
            }
        }
    }

    /// <summary>The record's properties in declaration order; <see cref="RecordProperty.ValueOf"/> reads one (null when unset).</summary>
    public static RecordProperty[] Properties(Type type) => Cache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken)
            .Select(p => new RecordProperty(p.GetCustomAttribute<PulumiNameAttribute>()?.Name ?? CamelCase(p.Name), p))
            .ToArray());

    /// <summary>The provider name of an enum value.</summary>
    public static string EnumName(Enum value) => EnumNames.GetOrAdd(value, static member =>
    {
        var name = member.ToString();
        var field = member.GetType().GetField(name);
        return field?.GetCustomAttribute<PulumiNameAttribute>()?.Name ?? CamelCase(name);
    });

    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>One property of an args record under its provider name.</summary>
    public sealed class RecordProperty
    {
        private readonly Func<object, object?> read;

        internal RecordProperty(string name, PropertyInfo info)
        {
            Name = name;
            Info = info;
            read = PropertyGetters.For(info);
        }

        public string Name { get; }

        public PropertyInfo Info { get; }

        /// <summary>The value as emitters see it: an <see cref="IExpr"/> unwrapped to its node; null when unset.</summary>
        public object? ValueOf(object record) => read(record);
    }
}
