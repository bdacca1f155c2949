using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>Args of <c>aws:s3/bucketPolicy:BucketPolicy</c>, with the provider's property names.</summary>
public sealed record BucketPolicyArgs
{
    /// <summary>The bucket's name.</summary>
    public required Expr<string> Bucket { get; init; }

    /// <summary>The policy as JSON (<see cref="Iam.PolicyDocument.ToJson"/>).</summary>
    public required Expr<string> Policy { get; init; }
}

/// <summary>A bucket's resource policy.</summary>
public sealed class BucketPolicy(Scope scope, string id, BucketPolicyArgs args, ResourceOptions? options = null)
    : Resource<BucketPolicyArgs>(scope, id, "aws:s3/bucketPolicy:BucketPolicy", args, options)
{
    public Output<string> Id => Output<string>("id");
}
