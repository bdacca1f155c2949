namespace Infra.Tests.Etcd;

/// <summary>The real etcd and etcdctl the RealEtcd tests run: Debian's etcd-server and etcd-client packages.</summary>
internal static class EtcdBinaries
{
    public const string Etcd = "/usr/bin/etcd";

    public const string Etcdctl = "/usr/bin/etcdctl";

    /// <summary>Fails (never skips) when etcd is missing: the proof must run wherever the tests run.</summary>
    public static void Require()
    {
        foreach (var binary in (string[])[Etcd, Etcdctl])
        {
            Assert.True(
                File.Exists(binary),
                $"{binary} is missing: run the tests with the README's test command (bash .ci/test), which installs the Debian packages listed in .ci/apt-packages (etcd-server, etcd-client).");
        }
    }
}
