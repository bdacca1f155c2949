using Infra.ControlPlane;
using Infra.Etcd;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// etcd is reached over TLS only. On the members: every URL of every URL flag (<see cref="EtcdMemberAnnotation.Urls"/>;
/// <c>initial-cluster</c> lists <c>name=url</c> pairs) is https, except <c>listen-metrics-urls</c>, which may be plain
/// http on loopback (<see cref="EtcdUrl.Allows"/>). On the API servers (<see cref="ControlPlaneNodesAnnotation"/>): every
/// etcd URL they use is https: the external endpoints, and the <c>etcd-servers</c> and <c>etcd-servers-overrides</c>
/// flags, which override or extend them.
/// </summary>
public sealed class EtcdTrafficEncrypted : PolicyRule
{
    /// <summary>The one flag whose listener may be plain http on loopback.</summary>
    public const string MetricsFlag = "listen-metrics-urls";

    public override string Id => "CP-004";

    public override string Title => "etcd clients and peers speak TLS only";

    public override string Rationale =>
        "etcd holds every Secret of the cluster and its peers replicate the whole keyspace: plain http hands both to anyone on the path. "
        + "The metrics listener may stay plain http on loopback, as kubeadm's own default (http://127.0.0.1:2381) does: it serves /metrics and "
        + "/health only, never the etcd API, and only the member's own host can reach it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var members =
            from cluster in EtcdMembers.Of(context)
            from pair in cluster.Members
            from flag in pair.Member.Urls
            from url in MemberUrls(flag.Key, flag.Value)
            where !EtcdUrl.Allows(url, loopbackHttpAllowed: flag.Key == MetricsFlag)
            select RuleViolation.Of(
                pair.Instance,
                "userData",
                $"etcd member '{pair.Member.Member}' of cluster '{cluster.Name}' runs --{flag.Key} with {url}: {MemberFix(flag.Key)}");

        var apiServers =
            from pair in ControlPlaneGroups.Of(context)
            from use in ApiServerUrls(pair.Nodes)
            where !EtcdUrl.Allows(use.Url)
            select RuleViolation.Of(
                pair.Group,
                $"the API servers in zone {pair.Nodes.Zone} reach etcd at {use.Url} ({use.Source}): use https:// with the apiserver-etcd-client certificate (ExternalEtcd does)");

        return members.Concat(apiServers);
    }

    private static string MemberFix(string flag) => flag == MetricsFlag
        ? $"serve metrics over https, or bind plain http to {EtcdUrl.Loopback} only"
        : "use https:// with the member's TLS files (EtcdMemberConfig does)";

    /// <summary>The URLs of one flag: comma-separated, <c>initial-cluster</c>'s as <c>name=url</c>.</summary>
    private static IEnumerable<string> MemberUrls(string flag, string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => flag == "initial-cluster" ? item[(item.IndexOf('=', StringComparison.Ordinal) + 1)..] : item);

    /// <summary>
    /// Every etcd URL kube-apiserver is given, with where it came from. <c>--etcd-servers</c> is comma-separated;
    /// <c>--etcd-servers-overrides</c> is comma-separated <c>group/resource#url;url</c>.
    /// </summary>
    private static IEnumerable<(string Source, string Url)> ApiServerUrls(ControlPlaneNodesAnnotation nodes)
    {
        var servers = ControlPlaneGroups.ApiServerArg(nodes, "etcd-servers");
        var overrides = ControlPlaneGroups.ApiServerArg(nodes, "etcd-servers-overrides");
        return nodes.Cluster.Etcd.External.Endpoints.Select(url => ("etcd.external.endpoints", url))
            .Concat(Split(servers, ',').Select(url => ("--etcd-servers", url)))
            .Concat(Split(overrides, ',')
                .SelectMany(entry => Split(entry[(entry.IndexOf('#', StringComparison.Ordinal) + 1)..], ';'))
                .Select(url => ("--etcd-servers-overrides", url)));
    }

    private static string[] Split(string? value, char separator) =>
        (value ?? "").Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
