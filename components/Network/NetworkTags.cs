using Infra.Model;

namespace Infra.Network;

/// <summary>
/// The tags of the network's resources: the common tags of the args plus a <c>Name</c> of the form
/// <c>&lt;cluster&gt;-&lt;purpose&gt;</c>, so the console shows what each resource is for.
/// </summary>
internal sealed class NetworkTags(string clusterName, IReadOnlyDictionary<string, string> common)
{
    /// <summary>The tag the Kubernetes AWS cloud provider reads to find the cluster's subnets and security group.</summary>
    public string ClusterTagKey { get; } = $"kubernetes.io/cluster/{clusterName}";

    /// <summary>Common tags plus <c>Name</c>.</summary>
    public IReadOnlyDictionary<string, Expr<string>> Named(string purpose) => Named(purpose, []);

    /// <summary>Common tags, <c>Name</c>, and the <paramref name="extra"/> tags.</summary>
    public IReadOnlyDictionary<string, Expr<string>> Named(string purpose, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var tags = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in common.Concat(extra))
        {
            tags[key] = value;
        }

        tags["Name"] = $"{clusterName}-{purpose}";
        return tags;
    }
}
