using Infra.Model;

namespace Infra.Emit.PulumiYaml;

/// <summary>
/// The resource types Pulumi YAML refuses to run (pulumi-yaml's blocklist: component resources
/// implemented in the Node.js SDK only), each with the type to use instead. The emitter checks
/// every program against it, so the refusal happens at compile time with the resource's path
/// instead of at <c>pulumi preview</c>.
/// </summary>
public static class PulumiYamlBlocklist
{
    private const string Release = "kubernetes:helm.sh/v3:Release";
    private const string ConfigGroupV2 = "kubernetes:yaml/v2:ConfigGroup";

    /// <summary>Refused type token to its replacement.</summary>
    public static IReadOnlyDictionary<string, string> Replacements { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["kubernetes:apiextensions.k8s.io:CustomResource"] = ConfigGroupV2,
        ["kubernetes:helm.sh/v2:Chart"] = Release,
        ["kubernetes:helm.sh/v3:Chart"] = Release,
        ["kubernetes:kustomize:Directory"] = ConfigGroupV2,
        ["kubernetes:yaml:ConfigFile"] = ConfigGroupV2,
        ["kubernetes:yaml:ConfigGroup"] = ConfigGroupV2,
    };

    /// <summary>Throws when a resource of <paramref name="program"/> has a refused type, naming it and the replacement.</summary>
    public static void Check(InfraProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        foreach (var resource in program.Resources)
        {
            if (Replacements.TryGetValue(resource.Type, out var replacement))
            {
                throw new InvalidOperationException(
                    $"resource '{resource.Path}' has type {resource.Type}, which Pulumi YAML refuses: use {replacement} instead");
            }
        }
    }
}
