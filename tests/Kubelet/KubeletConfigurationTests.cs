using Infra.ControlPlane;
using Infra.ControlPlane.Kubeadm;
using Infra.Kubelet;
using Infra.NodePools;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Kubelet;

public class KubeletConfigurationTests
{
    private static readonly KubeletSettings Sized = KubeletSettings.For(1_000, RootVolume.BaselineThroughput);

    private static YamlMappingNode Rendered(KubeletConfiguration configuration)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(configuration.ToYaml()));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string At(YamlMappingNode document, params string[] path)
    {
        YamlNode node = document;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    [Fact]
    public void The_rendered_document_uses_only_the_kubelets_fields_and_types()
    {
        var configuration = KubeletConfiguration.For(Sized) with { RegisterWithTaints = [Taint.From(new NodeTaint("nvidia.com/gpu", "true", TaintEffect.NoSchedule))] };

        Assert.Empty(KubeletV1Beta1Schema.Validate(configuration.ToYaml()));
    }

    [Fact]
    public void It_carries_the_size_derived_settings()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));

        Assert.Equal(
            ($"{Sized.MaxPods}", $"{Sized.KubeApiQps}", $"{Sized.KubeApiBurst}", $"{Sized.EventRecordQps}", $"{Sized.EventBurst}", $"{Sized.MaxParallelImagePulls}", "false"),
            (At(document, "maxPods"), At(document, "kubeAPIQPS"), At(document, "kubeAPIBurst"), At(document, "eventRecordQPS"), At(document, "eventBurst"),
                At(document, "maxParallelImagePulls"), At(document, "serializeImagePulls")));
        Assert.Equal("500Mi", At(document, "evictionHard", "memory.available"));
    }

    [Fact]
    public void Serving_certificates_are_requested_from_the_cluster_ca_and_both_certificates_rotate()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));

        Assert.Equal(("true", "true"), (At(document, "serverTLSBootstrap"), At(document, "rotateCertificates")));
    }

    [Fact]
    public void The_kubelet_api_refuses_anonymous_callers_and_authorizes_through_the_api_server()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));

        Assert.Equal("false", At(document, "authentication", "anonymous", "enabled"));
        Assert.Equal("true", At(document, "authentication", "webhook", "enabled"));
        Assert.Equal(ControlPlanePaths.ClusterCa, At(document, "authentication", "x509", "clientCAFile"));
        Assert.Equal("Webhook", At(document, "authorization", "mode"));
        Assert.Equal("0", At(document, "readOnlyPort"));
    }

    [Fact]
    public void The_kubelet_serves_the_control_planes_aes_gcm_suites_only()
    {
        var suites = ((YamlSequenceNode)Rendered(KubeletConfiguration.For(Sized)).Children[new YamlScalarNode("tlsCipherSuites")]).Children.Select(s => s.ToString()).ToList();

        Assert.Equal(4, suites.Count);
        Assert.All(suites, suite => Assert.Contains(suite, ControlPlaneHardening.CipherSuites));
        Assert.All(suites, suite => Assert.Contains("_GCM_", suite, StringComparison.Ordinal));
        Assert.Equal("VersionTLS12", KubeletConfiguration.For(Sized).TlsMinVersion);
    }

    [Fact]
    public void Pods_are_limited_in_pids_and_confined_by_the_default_seccomp_profile()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));

        Assert.Equal(("4096", "true", "true"), (At(document, "podPidsLimit"), At(document, "seccompDefault"), At(document, "protectKernelDefaults")));
    }

    [Fact]
    public void The_densest_node_cannot_run_out_of_pids_even_if_every_pod_reaches_its_limit()
    {
        Assert.True((long)KubeletSettings.MaxPodsCeiling * KubeletConfiguration.PodPidsLimitDefault <= KubeletKernelSettings.PidMax / 4);
    }

    [Fact]
    public void The_kubelet_runs_containerd_on_the_systemd_cgroup_driver()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));

        Assert.Equal(("systemd", "unix:///run/containerd/containerd.sock"), (At(document, "cgroupDriver"), At(document, "containerRuntimeEndpoint")));
        Assert.Equal(new NodeRegistration().CriSocket, At(document, "containerRuntimeEndpoint"));
    }

    [Fact]
    public void Without_taints_the_node_registers_none()
    {
        Assert.DoesNotContain("registerWithTaints", KubeletConfiguration.For(Sized).ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Numa_aligned_nodes_pin_cpus_and_keep_a_pods_resources_on_one_numa_node()
    {
        var document = Rendered(KubeletConfiguration.For(KubeletSettings.ForNode(1_000, RootVolume.BaselineThroughput, 16, numaAligned: true)));

        Assert.Equal(("static", "single-numa-node"), (At(document, "cpuManagerPolicy"), At(document, "topologyManagerPolicy")));
    }

    [Fact]
    public void Other_nodes_keep_the_kubelets_shared_cpu_pool()
    {
        var text = KubeletConfiguration.For(KubeletSettings.ForNode(1_000, RootVolume.BaselineThroughput, 16, numaAligned: false)).ToYaml();

        Assert.DoesNotContain("cpuManagerPolicy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("topologyManagerPolicy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pools_reservations_are_written_as_the_kubelet_reads_them()
    {
        var configuration = KubeletConfiguration.For(KubeletSettings.ForNode(1_000, RootVolume.BaselineThroughput, 16, numaAligned: true));
        var document = Rendered(configuration);

        Assert.Equal(("110m", "1465Mi", "1Gi"), (At(document, "kubeReserved", "cpu"), At(document, "kubeReserved", "memory"), At(document, "kubeReserved", "ephemeral-storage")));
        Assert.Equal("100Mi", At(document, "systemReserved", "memory"));
        Assert.Empty(KubeletV1Beta1Schema.Validate(configuration.ToYaml()));
    }

    [Fact]
    public void Images_are_collected_before_the_image_disk_reaches_its_eviction_threshold()
    {
        var document = Rendered(KubeletConfiguration.For(Sized));
        var high = int.Parse(At(document, "imageGCHighThresholdPercent"), System.Globalization.CultureInfo.InvariantCulture);
        var low = int.Parse(At(document, "imageGCLowThresholdPercent"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(high < 100 - KubeletConfiguration.EvictionDiskPercent, $"GC starts at {high}% used, at or past eviction");
        Assert.True(low < high);
        Assert.Equal($"{KubeletConfiguration.EvictionDiskPercent}%", At(document, "evictionHard", "imagefs.available"));
    }

    [Fact]
    public void No_pods_per_core_cap_is_written()
    {
        Assert.DoesNotContain("podsPerCore", KubeletConfiguration.For(Sized).ToYaml(), StringComparison.Ordinal);
    }
}
