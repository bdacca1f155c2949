namespace Infra.Etcd;

/// <summary>
/// A separate etcd cluster for Kubernetes Events. Events are the cluster's busiest and least
/// valuable writes (several per pod start, each with a one-hour lease), so at scale they dominate
/// the main cluster's write rate, compaction and lease churn; seed 004 (5,000-node clusters) moved
/// them out to relieve the main cluster. Losing the events cluster loses only events.
/// </summary>
public static class EtcdEventsCluster
{
    /// <summary>
    /// On by default from 1,000 nodes: below that the main cluster absorbs events easily and a second
    /// cluster only doubles what can fail; from there event writes rival all other writes together.
    /// </summary>
    public const int DefaultFromNodes = 1_000;

    public static bool EnabledByDefault(int expectedNodes) => expectedNodes >= DefaultFromNodes;

    /// <summary>
    /// kube-apiserver's <c>--etcd-servers-overrides</c> value sending Events to <paramref name="events"/>:
    /// <c>/events#https://a:2382;https://b:2382</c> (group "" and resource, then the servers separated by
    /// ';'). <c>events.k8s.io</c> Events share the core resource's storage, so this one override covers both.
    /// </summary>
    public static string ServersOverride(EtcdClusterLayout events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var member in events.Members)
        {
            EtcdUrl.Require("etcd-servers-overrides", member.ClientUrl);
        }

        return "/events#" + string.Join(';', events.Members.Select(m => m.ClientUrl));
    }
}
