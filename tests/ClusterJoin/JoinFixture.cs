using Infra.ClusterJoin;
using Infra.Tests.NodePools;

namespace Infra.Tests.ClusterJoin;

/// <summary>The join of cluster "prod": the publisher its control plane runs, with the parameters its workers read.</summary>
internal static class JoinFixture
{
    public static JoinParameters Parameters => NodePoolFixture.Join.Parameters;

    public static JoinTokenPublisherArgs PublisherArgs { get; } = new()
    {
        Region = "eu-west-1",
        Parameters = Parameters,
        KmsKeyId = "alias/infra/prod/pki",
    };

    public static JoinTokenPublisher Publisher(JoinTokenPublisherArgs? args = null) => new(args ?? PublisherArgs);

    /// <summary>The service unit's <c>Environment=</c> settings, by name.</summary>
    public static Dictionary<string, string> ServiceEnvironment(JoinTokenPublisher publisher) =>
        publisher.Service.Content.Split('\n')
            .Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(line => line["Environment=".Length..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
}
