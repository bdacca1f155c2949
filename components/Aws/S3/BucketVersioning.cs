using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>Args of <c>aws:s3/bucketVersioning:BucketVersioning</c>, with the provider's property names.</summary>
public sealed record BucketVersioningArgs
{
    /// <summary>The bucket's name.</summary>
    public required Expr<string> Bucket { get; init; }

    public required BucketVersioningConfiguration VersioningConfiguration { get; init; }
}

/// <summary>The versioning state of a bucket.</summary>
public sealed record BucketVersioningConfiguration
{
    /// <summary>The state that keeps every overwritten or deleted object as a noncurrent version.</summary>
    public const string Enabled = "Enabled";

    /// <summary><c>Enabled</c>, <c>Suspended</c> or <c>Disabled</c>.</summary>
    public required string Status { get; init; }
}

/// <summary>A bucket's versioning: overwritten and deleted objects stay recoverable as noncurrent versions.</summary>
public sealed class BucketVersioning(Scope scope, string id, BucketVersioningArgs args, ResourceOptions? options = null)
    : Resource<BucketVersioningArgs>(scope, id, "aws:s3/bucketVersioning:BucketVersioning", args, options)
{
    public Output<string> Id => Output<string>("id");
}
