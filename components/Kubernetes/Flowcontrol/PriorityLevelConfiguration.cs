using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Flowcontrol;

/// <summary>Args of <c>kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration</c>.</summary>
public sealed record PriorityLevelConfigurationArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required PriorityLevelConfigurationSpec Spec { get; init; }
}

/// <summary><c>flowcontrol/v1 PriorityLevelConfigurationSpec</c>: <see cref="Limited"/> is set exactly when the type is Limited.</summary>
public sealed record PriorityLevelConfigurationSpec
{
    public required PriorityLevelType Type { get; init; }

    public LimitedPriorityLevelConfiguration? Limited { get; init; }
}

/// <summary>
/// <c>flowcontrol/v1 LimitedPriorityLevelConfiguration</c>. Each API server divides its concurrency
/// limit (ServerCL: --max-requests-inflight plus --max-mutating-requests-inflight) among the Limited
/// levels: NominalCL(i) = ceil(ServerCL * NominalConcurrencyShares(i) / sum of all shares).
/// </summary>
public sealed record LimitedPriorityLevelConfiguration
{
    /// <summary>This level's weight in the split of ServerCL; the API server defaults it to 30.</summary>
    public int? NominalConcurrencyShares { get; init; }

    /// <summary>Percent (0-100) of this level's NominalCL that idle, other levels may borrow; default 0.</summary>
    public int? LendablePercent { get; init; }

    /// <summary>Cap on what this level may borrow, as a percent of its own NominalCL; unset is no cap.</summary>
    public int? BorrowingLimitPercent { get; init; }

    public required LimitResponse LimitResponse { get; init; }
}

/// <summary><c>flowcontrol/v1 LimitResponse</c>: what happens to a request that finds no free seat.</summary>
public sealed record LimitResponse
{
    public required LimitResponseType Type { get; init; }

    /// <summary>Set only when <see cref="Type"/> is Queue.</summary>
    public QueuingConfiguration? Queuing { get; init; }
}

/// <summary>
/// <c>flowcontrol/v1 QueuingConfiguration</c>: shuffle sharding. A flow is hashed to a hand of
/// <see cref="HandSize"/> queues out of <see cref="Queues"/> and joins the shortest of them, so a heavy
/// flow fills few queues and a light flow almost always finds one it does not share with it.
/// </summary>
public sealed record QueuingConfiguration
{
    /// <summary>Queues per API server; the API server defaults it to 64.</summary>
    public int? Queues { get; init; }

    /// <summary>Queues dealt to each flow; at most <see cref="Queues"/>, default 8.</summary>
    public int? HandSize { get; init; }

    /// <summary>Requests one queue holds before further ones are rejected with 429; default 50.</summary>
    public int? QueueLengthLimit { get; init; }
}

public enum PriorityLevelType
{
    /// <summary>Never queued, never limited: reserved for the cluster's own exempt level.</summary>
    [PulumiName("Exempt")]
    Exempt,

    [PulumiName("Limited")]
    Limited,
}

public enum LimitResponseType
{
    /// <summary>Wait in a queue for a seat, up to the queue's length limit.</summary>
    [PulumiName("Queue")]
    Queue,

    /// <summary>Answer 429 at once.</summary>
    [PulumiName("Reject")]
    Reject,
}

/// <summary>A priority level of API Priority and Fairness: a share of every API server's concurrency.</summary>
public sealed class PriorityLevelConfiguration(Scope scope, string id, PriorityLevelConfigurationArgs args, ResourceOptions? options = null)
    : KubernetesResource<PriorityLevelConfigurationArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType =
        KubernetesType.FromToken("kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration");
}
