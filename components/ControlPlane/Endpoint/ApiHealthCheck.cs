using Infra.Aws.Lb;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// How the load balancers decide an API server may take connections: an HTTPS GET of <c>/readyz</c> on the
/// traffic port. <c>/readyz</c> fails while the server starts (informers not synced, etcd unreachable) and
/// as soon as it begins a graceful shutdown, so it leaves rotation before it stops serving; a plain TCP check
/// would pass as soon as the port is bound. The authentication configuration lets anonymous requests reach
/// the health paths only (<see cref="Protection.AuthenticationConfiguration"/>), which is what the load balancer sends.
/// </summary>
public static class ApiHealthCheck
{
    /// <summary>kube-apiserver's readiness endpoint.</summary>
    public const string Path = "/readyz";

    /// <summary>Seconds between checks: with <see cref="UnhealthyThreshold"/> a failed API server leaves rotation in about 20 s.</summary>
    public const int IntervalSeconds = 10;

    /// <summary>Two failures in a row: one lost probe does not evict a server, two (about 20 s) do.</summary>
    public const int UnhealthyThreshold = 2;

    /// <summary>Two successes in a row (about 20 s): a restarted server rejoins quickly, once it has answered twice.</summary>
    public const int HealthyThreshold = 2;

    /// <summary>Half the interval: a server that takes 5 s to say it is ready is not ready; the check must end before the next starts.</summary>
    public const int TimeoutSeconds = 5;

    /// <summary>Only 200 passes: <c>/readyz</c> answers 500 when any check fails, and 401/403 would mean anonymous health checks were refused.</summary>
    public const string Matcher = "200";

    /// <summary>The health check of every API target group.</summary>
    public static TargetGroupHealthCheck Settings { get; } = new()
    {
        Protocol = "HTTPS",
        Path = Path,
        Port = "traffic-port",
        HealthyThreshold = HealthyThreshold,
        UnhealthyThreshold = UnhealthyThreshold,
        Interval = IntervalSeconds,
        Timeout = TimeoutSeconds,
        Matcher = Matcher,
    };
}
