using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Policies.Rules;

/// <summary>How the Kubernetes rules tell that two objects' names or namespaces are the same.</summary>
internal static class KubernetesObjects
{
    /// <summary>The namespace an object without one lands in.</summary>
    public const string DefaultNamespace = "default";

    public static bool SameNamespace(ObjectMeta? a, ObjectMeta? b) =>
        Same(a?.Namespace ?? DefaultNamespace, b?.Namespace ?? DefaultNamespace);

    /// <summary>The object's namespace for messages: its name, or where a deploy-time name comes from.</summary>
    public static string NamespaceOf(ObjectMeta? metadata) => metadata?.Namespace switch
    {
        null => DefaultNamespace,
        { Node: IDeployTimeValue value } => value.Source,
        { } known => known.KnownValue ?? DefaultNamespace,
    };

    /// <summary>Equal literals, or the same deploy-time value (e.g. one namespace's name output).</summary>
    public static bool Same(Expr<string> a, Expr<string> b) => Equals(a.Node, b.Node);
}
