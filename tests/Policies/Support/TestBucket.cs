using Infra.Model;

namespace Infra.Tests.Policies.Support;

/// <summary>Args of the test-only bucket: just enough for test rules to inspect.</summary>
internal sealed record TestBucketArgs
{
    public bool? Public { get; init; }
}

/// <summary>A resource that exists only in tests (its token belongs to no provider).</summary>
internal sealed class TestBucket(Scope scope, string id, TestBucketArgs args)
    : Resource<TestBucketArgs>(scope, id, "test:index/bucket:Bucket", args, options: null);
