using System.Text.RegularExpressions;
using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdReleaseTests
{
    [Fact]
    public void The_archive_hash_is_a_sha256_in_the_form_sha256sum_checks()
    {
        Assert.Matches(new Regex("^[0-9a-f]{64}$"), EtcdRelease.ArchiveSha256);
    }

    [Fact]
    public void The_archive_is_the_pinned_release_for_linux_amd64()
    {
        Assert.EndsWith($"/{EtcdVersion.ReleaseTag}/etcd-{EtcdVersion.ReleaseTag}-linux-amd64.tar.gz", EtcdRelease.ArchiveUrl, StringComparison.Ordinal);
    }
}
