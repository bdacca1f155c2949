using System.Security.Cryptography;
using System.Text;
using Infra.Emit.Gzip;
using Infra.Tests.Support;

namespace Infra.Tests.Emit.Gzip;

public class DeterministicGzipTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "a",
        "abcabcabcabcabcabcabc",
        new string('x', 70_000),
        string.Concat(Enumerable.Range(0, 3_000).Select(i => $"line {i % 97}: write_files path /etc/kubernetes/{i % 13}\n")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Dotnets_own_gzip_reader_inflates_it_to_the_original_text(string text)
    {
        var compressed = DeterministicGzip.Compress(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, UserDataText.Inflate(compressed));
    }

    [Fact]
    public void Bytes_that_do_not_repeat_survive_the_round_trip()
    {
        var random = new Random(8);
        var bytes = new byte[40_000];
        random.NextBytes(bytes);

        Assert.Equal(bytes, UserDataText.InflateBytes(DeterministicGzip.Compress(bytes)));
    }

    [Fact]
    public void The_header_names_no_time_no_file_and_no_operating_system()
    {
        var compressed = DeterministicGzip.Compress("#cloud-config\n"u8);

        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff }, compressed[..10]);
    }

    [Fact]
    public void Repetitive_text_shrinks_to_under_a_third()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 500).Select(i => $"  - path: /etc/systemd/system/unit-{i % 7}.service\n    permissions: '0644'\n")));

        Assert.True(DeterministicGzip.Compress(text).Length * 3 < text.Length);
    }

    /// <summary>
    /// The encoder's output is part of every machine's user data: if this changes, every launch template gets a
    /// new version and every etcd member is replaced on the next <c>pulumi up</c>. Change it only on purpose.
    /// </summary>
    [Fact]
    public void The_encoding_of_a_known_text_never_changes_by_accident()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200).Select(i => $"step {i % 11}: retry --attempts {i % 5} kubeadm join\n")));

        var digest = Convert.ToHexStringLower(SHA256.HashData(DeterministicGzip.Compress(text)));

        Assert.True(digest == KnownDigest, $"the encoding changed: {digest}");
    }

    private const string KnownDigest = "0af0cdc21a2cb992c20cf585a0285eac41796873daa849ff91ec47aee0a854aa";
}
