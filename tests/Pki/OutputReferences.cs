using System.Collections;
using Infra.Model;

namespace Infra.Tests.Pki;

/// <summary>Every output reference in a program's resource args, with the resource and top-level property that consume it.</summary>
internal static class OutputReferences
{
    public static IEnumerable<(Resource Consumer, string Property, OutputReference Reference)> In(InfraProgram program) =>
        from resource in program.Resources
        from property in PropertyReader.Read(resource.Args)
        from reference in Walk(property.Value)
        select (resource, property.Key, reference);

    /// <summary>The resource whose output <paramref name="value"/> is, or null for anything else.</summary>
    public static Resource? Source(Expr<string> value) => (value.Node as OutputReference)?.Resource;

    private static IEnumerable<OutputReference> Walk(object value) => value switch
    {
        OutputReference reference => [reference],
        Interpolation interpolation => interpolation.Parts.SelectMany(Walk),
        FunctionCall call => Walk(call.Argument),
        IExpr expr => Walk(expr.Node),
        string => [],
        IDictionary dictionary => dictionary.Values.Cast<object>().SelectMany(Walk),
        IEnumerable items => items.Cast<object>().SelectMany(Walk),
        _ when PropertyReader.IsRecord(value) => PropertyReader.Read(value).SelectMany(p => Walk(p.Value)),
        _ => [],
    };
}
