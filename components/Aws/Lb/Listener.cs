using Infra.Model;

namespace Infra.Aws.Lb;

/// <summary>Args of <c>aws:lb/listener:Listener</c>, with the provider's property names.</summary>
public sealed record ListenerArgs
{
    public required Expr<string> LoadBalancerArn { get; init; }

    public int? Port { get; init; }

    /// <summary><c>TCP</c>, <c>TLS</c>, <c>UDP</c>, <c>TCP_UDP</c> for network load balancers.</summary>
    public string? Protocol { get; init; }

    public required IReadOnlyList<ListenerDefaultAction> DefaultActions { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>What the listener does with a connection no rule matches; for a network load balancer, all of them.</summary>
public sealed record ListenerDefaultAction
{
    /// <summary><c>forward</c>, <c>redirect</c>, <c>fixed-response</c>, ...</summary>
    public required string Type { get; init; }

    public Expr<string>? TargetGroupArn { get; init; }
}

/// <summary>A port a load balancer accepts connections on.</summary>
public sealed class Listener(Scope scope, string id, ListenerArgs args, ResourceOptions? options = null)
    : Resource<ListenerArgs>(scope, id, "aws:lb/listener:Listener", args, options)
{
    public Output<string> Arn => Output<string>("arn");
}
