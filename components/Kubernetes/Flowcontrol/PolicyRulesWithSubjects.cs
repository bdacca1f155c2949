using Infra.Model;

namespace Infra.Kubernetes.Flowcontrol;

/// <summary>
/// <c>flowcontrol/v1 PolicyRulesWithSubjects</c>: matches a request made by one of
/// <see cref="Subjects"/> that matches a resource rule or a non-resource rule.
/// </summary>
public sealed record PolicyRulesWithSubjects
{
    public required IReadOnlyList<FlowSubject> Subjects { get; init; }

    public IReadOnlyList<ResourcePolicyRule>? ResourceRules { get; init; }

    public IReadOnlyList<NonResourcePolicyRule>? NonResourceRules { get; init; }
}

/// <summary>
/// <c>flowcontrol/v1 ResourcePolicyRule</c>. "*" in a list must be its only entry; a namespaced
/// request matches <see cref="Namespaces"/>, a cluster-wide one needs <see cref="ClusterScope"/>.
/// </summary>
public sealed record ResourcePolicyRule
{
    public required IReadOnlyList<string> Verbs { get; init; }

    public required IReadOnlyList<string> ApiGroups { get; init; }

    public required IReadOnlyList<string> Resources { get; init; }

    public bool? ClusterScope { get; init; }

    public IReadOnlyList<string>? Namespaces { get; init; }

    /// <summary>Every verb on every resource, cluster-wide and in every namespace.</summary>
    public static ResourcePolicyRule Everything { get; } = new()
    {
        Verbs = ["*"],
        ApiGroups = ["*"],
        Resources = ["*"],
        ClusterScope = true,
        Namespaces = ["*"],
    };
}

/// <summary><c>flowcontrol/v1 NonResourcePolicyRule</c>: URL prefixes such as <c>/healthz</c> or <c>/apis</c>.</summary>
public sealed record NonResourcePolicyRule
{
    public required IReadOnlyList<string> Verbs { get; init; }

    [PulumiName("nonResourceURLs")]
    public required IReadOnlyList<string> NonResourceUrls { get; init; }

    /// <summary>Every verb on every non-resource URL (discovery, /version, /openapi).</summary>
    public static NonResourcePolicyRule Everything { get; } = new() { Verbs = ["*"], NonResourceUrls = ["*"] };
}
