using System.Text.RegularExpressions;
using Infra.Software;

namespace Infra.Tests.Software;

/// <summary>
/// The pin table's shape: the values themselves are copied once from kubespray's checksums.yml (see
/// <see cref="UpstreamPins"/>); what can be wrong in the copy without the upstream file at hand is checked here.
/// </summary>
public partial class UpstreamPinsTests
{
    public static TheoryData<string> Pins => [.. UpstreamPins.All.Select(pin => pin.Name)];

    private static PinnedArtifact Pin(string name) => UpstreamPins.All.Single(pin => pin.Name == name);

    [Theory]
    [MemberData(nameof(Pins))]
    public void Every_pin_has_a_download_for_amd64_and_arm64_and_nothing_else(string name)
    {
        Assert.Equal(CpuArchitecture.All.ToHashSet(), Pin(name).Downloads.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Pins))]
    public void Every_checksum_is_64_lower_case_hex_and_differs_per_architecture(string name)
    {
        var checksums = Pin(name).Downloads.Values.Select(download => download.Sha256).ToList();

        Assert.All(checksums, sha256 => Assert.Matches(Sha256(), sha256));
        Assert.Equal(checksums.Count, checksums.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Pins))]
    public void Every_url_is_https_and_names_the_version_and_its_architecture(string name)
    {
        var pin = Pin(name);

        Assert.All(pin.Downloads, download =>
        {
            Assert.StartsWith("https://", download.Value.Url, StringComparison.Ordinal);
            Assert.Contains($"v{pin.Version}", download.Value.Url, StringComparison.Ordinal);
            Assert.Contains(download.Key.Name, download.Value.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_two_pins_share_a_checksum()
    {
        var checksums = UpstreamPins.All.SelectMany(pin => pin.Downloads.Values).Select(download => download.Sha256).ToList();

        Assert.Equal(checksums.Count, checksums.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_pin_names_the_kubespray_commit_it_was_read_from()
    {
        Assert.All(UpstreamPins.All, pin => Assert.Contains(UpstreamPins.KubesprayCommit, pin.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Kubernetes_is_1_36_with_containerd_2_and_etcd_3_6()
    {
        Assert.Equal(
            ["1.36.4", "1.36.4", "1.36.4", "2.3.4", "3.6.14"],
            [UpstreamPins.Kubelet.Version, UpstreamPins.Kubeadm.Version, UpstreamPins.Kubectl.Version, UpstreamPins.Containerd.Version, UpstreamPins.Etcd.Version]);
    }

    [Fact]
    public void The_kubernetes_pins_say_why_this_minor()
    {
        Assert.Contains("1.34 is end of life on 2026-10-27", UpstreamPins.Kubelet.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_preset_holds_the_runtime_and_kubernetes_and_the_etcd_preset_etcd_alone()
    {
        Assert.Equal(["containerd", "runc", "cni-plugins", "crictl", "kubelet", "kubeadm", "kubectl"], UpstreamPins.KubernetesNode.Select(pin => pin.Name));
        Assert.Equal(["etcd"], UpstreamPins.EtcdMember.Select(pin => pin.Name));
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
