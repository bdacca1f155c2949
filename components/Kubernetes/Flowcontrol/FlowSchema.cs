using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Flowcontrol;

/// <summary>Args of <c>kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema</c>.</summary>
public sealed record FlowSchemaArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required FlowSchemaSpec Spec { get; init; }
}

/// <summary><c>flowcontrol/v1 FlowSchemaSpec</c>: which requests go to which priority level.</summary>
public sealed record FlowSchemaSpec
{
    /// <summary>
    /// 1-10000; among the schemas matching a request the numerically lowest wins. The API server
    /// defaults it to 1000.
    /// </summary>
    public int? MatchingPrecedence { get; init; }

    public required PriorityLevelConfigurationReference PriorityLevelConfiguration { get; init; }

    /// <summary>How requests split into flows for fair queuing; unset puts all of them in one flow.</summary>
    public FlowDistinguisherMethod? DistinguisherMethod { get; init; }

    /// <summary>The schema matches a request when any rule does.</summary>
    public IReadOnlyList<PolicyRulesWithSubjects>? Rules { get; init; }
}

/// <summary><c>flowcontrol/v1 PriorityLevelConfigurationReference</c>.</summary>
public sealed record PriorityLevelConfigurationReference
{
    public required Expr<string> Name { get; init; }
}

/// <summary><c>flowcontrol/v1 FlowDistinguisherMethod</c>.</summary>
public sealed record FlowDistinguisherMethod
{
    public required FlowDistinguisherMethodType Type { get; init; }
}

public enum FlowDistinguisherMethodType
{
    /// <summary>One flow per requesting user.</summary>
    [PulumiName("ByUser")]
    ByUser,

    /// <summary>One flow per target namespace: a noisy namespace competes only with itself.</summary>
    [PulumiName("ByNamespace")]
    ByNamespace,
}

/// <summary>A flow schema of API Priority and Fairness: classifies requests into a priority level.</summary>
public sealed class FlowSchema(Scope scope, string id, FlowSchemaArgs args, ResourceOptions? options = null)
    : KubernetesResource<FlowSchemaArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema");
}
