using Infra.Aws;
using Infra.Model;
using Infra.Pki;
using Infra.Tls;

namespace Infra.Tests.Pki;

/// <summary>A program holding one <see cref="ClusterPki"/> with three etcd members, deployed through explicit AWS and TLS providers.</summary>
internal static class PkiProgram
{
    public static IReadOnlyList<EtcdMemberIdentity> Members { get; } =
    [
        new EtcdMemberIdentity { Name = "etcd-a", PrivateIp = "10.0.1.10", DnsName = "etcd-a.prod.internal" },
        new EtcdMemberIdentity { Name = "etcd-b", PrivateIp = "10.0.2.10", DnsName = "etcd-b.prod.internal" },
        new EtcdMemberIdentity { Name = "etcd-c", PrivateIp = "10.0.3.10", DnsName = "etcd-c.prod.internal" },
    ];

    public static ClusterPkiArgs Args { get; } = new()
    {
        ClusterName = "prod",
        EtcdMembers = Members,
        Tags = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal)
        {
            ["cluster"] = "prod",
            ["cost-center"] = "cc-42",
            ["environment"] = "production",
            ["owner"] = "platform",
        },
    };

    public static (InfraProgram Program, ClusterPki Pki) Build(ClusterPkiArgs? args = null)
    {
        var program = new InfraProgram("pki", "The cluster PKI.");
        var aws = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = "eu-west-1" });
        var tls = new TlsProvider(program.Root, "tls");
        var scope = program.Root.WithProvider(AwsProvider.ServedPackage, aws).WithProvider(TlsProvider.ServedPackage, tls);
        var pki = new ClusterPki(scope, "pki", args ?? Args);
        return (program, pki);
    }
}
