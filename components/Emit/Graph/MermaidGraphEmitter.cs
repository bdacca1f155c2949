using System.Collections;
using System.Text;
using Infra.Model;

namespace Infra.Emit.Graph;

/// <summary>
/// The resource graph as a Mermaid flowchart: one node per resource (grouped by top-level
/// component), an edge from each resource to every resource it references or depends on.
/// Providers are left out of the edges: every resource would point at them.
/// </summary>
public static class MermaidGraphEmitter
{
    public static string Write(InfraProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var builder = new StringBuilder("flowchart LR\n");
        var ordered = program.Resources.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        foreach (var group in ordered.GroupBy(r => r.Path.Segments.Count > 1 ? r.Path.Segments[0] : string.Empty))
        {
            var indent = group.Key.Length == 0 ? "  " : "    ";
            if (group.Key.Length > 0)
            {
                builder.Append("  subgraph ").Append(group.Key).Append('\n');
            }

            foreach (var resource in group)
            {
                builder.Append(indent).Append(Id(resource)).Append("[\"").Append(resource.Name)
                    .Append("<br/><small>").Append(resource.Type).Append("</small>\"]\n");
            }

            if (group.Key.Length > 0)
            {
                builder.Append("  end\n");
            }
        }

        foreach (var resource in ordered)
        {
            foreach (var target in Dependencies(resource).Distinct().OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                builder.Append("  ").Append(Id(resource)).Append(" --> ").Append(Id(target)).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Every resource <paramref name="resource"/> refers to through its args or its dependsOn.</summary>
    public static IEnumerable<Resource> Dependencies(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        foreach (var dependency in resource.Options.DependsOn)
        {
            yield return dependency;
        }

        foreach (var referenced in References(resource.Args))
        {
            if (referenced != resource && !referenced.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal))
            {
                yield return referenced;
            }
        }
    }

    private static IEnumerable<Resource> References(object value)
    {
        switch (value)
        {
            case IExpr expr:
                foreach (var r in References(expr.Node)) { yield return r; }
                break;
            case OutputReference output:
                yield return output.Resource;
                break;
            case ResourceReference reference:
                yield return reference.Resource;
                break;
            case ProgramVariable variable:
                foreach (var r in References(variable.Value)) { yield return r; }
                break;
            case Interpolation interpolation:
                foreach (var part in interpolation.Parts)
                {
                    foreach (var r in References(part)) { yield return r; }
                }

                break;
            case FunctionCall call:
                foreach (var r in References(call.Argument)) { yield return r; }
                break;
            case string:
                break;
            case IDictionary dictionary:
                foreach (var item in dictionary.Values)
                {
                    if (item is not null)
                    {
                        foreach (var r in References(item)) { yield return r; }
                    }
                }

                break;
            case IEnumerable list:
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        foreach (var r in References(item)) { yield return r; }
                    }
                }

                break;
            default:
                if (PropertyReader.IsRecord(value))
                {
                    foreach (var property in PropertyReader.Read(value))
                    {
                        foreach (var r in References(property.Value)) { yield return r; }
                    }
                }

                break;
        }
    }

    private static string Id(Resource resource) => "r_" + resource.Name.Replace('-', '_');
}
