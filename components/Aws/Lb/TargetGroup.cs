using Infra.Model;

namespace Infra.Aws.Lb;

/// <summary>Args of <c>aws:lb/targetGroup:TargetGroup</c>, with the provider's property names.</summary>
public sealed record TargetGroupArgs
{
    /// <summary>At most 32 letters, digits and hyphens, unique per region and account.</summary>
    public Expr<string>? Name { get; init; }

    public int? Port { get; init; }

    /// <summary><c>TCP</c>, <c>TLS</c>, <c>UDP</c>, <c>TCP_UDP</c> for network load balancers; <c>HTTP</c>, <c>HTTPS</c> for application ones.</summary>
    public string? Protocol { get; init; }

    /// <summary><c>instance</c>, <c>ip</c>, <c>lambda</c> or <c>alb</c>.</summary>
    public string? TargetType { get; init; }

    public Expr<string>? VpcId { get; init; }

    public TargetGroupHealthCheck? HealthCheck { get; init; }

    /// <summary>Network load balancers: close open connections when a target's deregistration delay ends.</summary>
    public bool? ConnectionTermination { get; init; }

    /// <summary>Seconds a deregistering target keeps its open connections before it is removed.</summary>
    public int? DeregistrationDelay { get; init; }

    /// <summary><c>"true"</c> or <c>"false"</c> (a string in the provider): whether targets see the client's address as the source.</summary>
    public Expr<string>? PreserveClientIp { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>How the load balancer decides a target may receive traffic.</summary>
public sealed record TargetGroupHealthCheck
{
    /// <summary><c>TCP</c>, <c>HTTP</c> or <c>HTTPS</c>.</summary>
    public string? Protocol { get; init; }

    /// <summary>The request path of HTTP and HTTPS checks.</summary>
    public string? Path { get; init; }

    /// <summary><c>traffic-port</c> or a port number, as a string.</summary>
    public string? Port { get; init; }

    /// <summary>Consecutive successes before a target counts as healthy (2-10).</summary>
    public int? HealthyThreshold { get; init; }

    /// <summary>Consecutive failures before a target counts as unhealthy (2-10).</summary>
    public int? UnhealthyThreshold { get; init; }

    /// <summary>Seconds between checks of one target (5-300).</summary>
    public int? Interval { get; init; }

    /// <summary>Seconds without a response that fail a check (2-120).</summary>
    public int? Timeout { get; init; }

    /// <summary>HTTP status codes that pass, e.g. <c>200</c> or <c>200-399</c> (network load balancers: 200-599).</summary>
    public string? Matcher { get; init; }
}

/// <summary>A set of targets a listener forwards to, with their health check.</summary>
public sealed class TargetGroup(Scope scope, string id, TargetGroupArgs args, ResourceOptions? options = null)
    : Resource<TargetGroupArgs>(scope, id, "aws:lb/targetGroup:TargetGroup", args, options)
{
    public Output<string> Arn => Output<string>("arn");
}
