using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>Args of <c>aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock</c>, with the provider's property names.</summary>
public sealed record BucketPublicAccessBlockArgs
{
    /// <summary>The bucket's name.</summary>
    public required Expr<string> Bucket { get; init; }

    /// <summary>Refuses requests that set a public ACL.</summary>
    public bool? BlockPublicAcls { get; init; }

    /// <summary>Refuses a bucket policy that grants public access.</summary>
    public bool? BlockPublicPolicy { get; init; }

    /// <summary>Ignores public ACLs already on the bucket and its objects.</summary>
    public bool? IgnorePublicAcls { get; init; }

    /// <summary>Limits a public policy already in place to AWS services and the bucket owner's account.</summary>
    public bool? RestrictPublicBuckets { get; init; }
}

/// <summary>A bucket's public access block.</summary>
public sealed class BucketPublicAccessBlock(Scope scope, string id, BucketPublicAccessBlockArgs args, ResourceOptions? options = null)
    : Resource<BucketPublicAccessBlockArgs>(scope, id, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", args, options)
{
    public Output<string> Id => Output<string>("id");
}
