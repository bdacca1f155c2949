using Infra.Model;

namespace Infra.Pulumi;

/// <summary>Args of <c>pulumi:pulumi:StackReference</c>: the fully qualified stack name (<c>org/project/stack</c>).</summary>
public sealed record StackReferenceArgs
{
    public required Expr<string> Name { get; init; }
}

/// <summary>
/// Reads another stack's outputs at deploy time. The platform layer reads the cluster layer's
/// kubeconfig this way, so its Kubernetes provider never waits on a cluster created in the same program.
/// </summary>
public sealed class StackReference(Scope scope, string id, StackReferenceArgs args, ResourceOptions? options = null)
    : Resource<StackReferenceArgs>(scope, id, "pulumi:pulumi:StackReference", args, options)
{
    /// <summary>One output of the referenced stack; secret outputs stay secret.</summary>
    public Output<string> OutputNamed(string name) => Output<string>($"outputs[\"{name}\"]");
}
