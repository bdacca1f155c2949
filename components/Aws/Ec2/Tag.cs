using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/tag:Tag</c>: one tag on a resource this program does not own.</summary>
public sealed record TagArgs
{
    public required Expr<string> ResourceId { get; init; }

    public required Expr<string> Key { get; init; }

    public required Expr<string> Value { get; init; }
}

/// <summary>A single tag on an existing EC2 resource (e.g. an adopted subnet).</summary>
public sealed class Tag(Scope scope, string id, TagArgs args, ResourceOptions? options = null)
    : Resource<TagArgs>(scope, id, "aws:ec2/tag:Tag", args, options)
{
    public Output<string> Id => Output<string>("id");
}
