using Infra.Model;

namespace Infra.Aws;

/// <summary>Args of the AWS provider resource (<c>pulumi:providers:aws</c>), with the provider's property names.</summary>
public sealed record AwsProviderArgs
{
    /// <summary>The region every resource of this provider lives in, e.g. <c>eu-west-1</c>.</summary>
    public required Expr<string> Region { get; init; }

    /// <summary>Roles assumed in order (v7 takes a list; the singular <c>assumeRole</c> no longer exists).</summary>
    public IReadOnlyList<AwsAssumeRole>? AssumeRoles { get; init; }

    /// <summary>Tags the provider adds to every taggable resource it creates.</summary>
    public AwsDefaultTags? DefaultTags { get; init; }

    /// <summary>Accounts the provider refuses to work outside of: a guard against deploying with the wrong credentials.</summary>
    public IReadOnlyList<string>? AllowedAccountIds { get; init; }
}

/// <summary>One entry of the provider's <c>assumeRoles</c> list.</summary>
public sealed record AwsAssumeRole
{
    public required Expr<string> RoleArn { get; init; }

    public Expr<string>? SessionName { get; init; }

    public Expr<string>? ExternalId { get; init; }
}

/// <summary>The provider's <c>defaultTags</c> block.</summary>
public sealed record AwsDefaultTags
{
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }
}

/// <summary>
/// An explicit AWS provider. It pins the plugin version itself (<see cref="ProviderVersions.Aws"/>), so
/// every program deploys with the provider the conformance tests checked against.
/// </summary>
public sealed class AwsProvider(Scope scope, string id, AwsProviderArgs args, ResourceOptions? options = null)
    : Resource<AwsProviderArgs>(scope, id, "pulumi:providers:aws", args, (options ?? ResourceOptions.None) with { Version = ProviderVersions.Aws })
{
    /// <summary>The package whose resources this provider serves, for <see cref="Scope.WithProvider"/>.</summary>
    public const string ServedPackage = "aws";
}
