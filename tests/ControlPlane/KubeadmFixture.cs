using Infra.ControlPlane;
using Infra.ControlPlane.Kubeadm;
using Infra.Kubelet;
using Infra.NodePools;

namespace Infra.Tests.ControlPlane;

/// <summary>A production-like HA control plane: three etcd members, a 1,000-node cluster, every optional section set.</summary>
internal static class KubeadmFixture
{
    public const string Endpoint = "api.prod.internal:6443";

    public static ClusterConfiguration Cluster(int expectedNodes = 1000)
    {
        var tuning = ControlPlaneTuning.For(expectedNodes);
        return new ClusterConfiguration(
            "v1.34.2",
            Endpoint,
            new ExternalEtcd(["https://etcd-0.prod.internal:2379", "https://etcd-1.prod.internal:2379", "https://etcd-2.prod.internal:2379"]))
        {
            ClusterName = "prod",
            Networking = new Networking { PodSubnet = "10.244.0.0/16" },
            ApiServer = ControlPlaneComponents.ApiServer(tuning, ["prod-api-0123456789.elb.eu-west-1.amazonaws.com"]),
            ControllerManager = ControlPlaneComponents.ControllerManager(tuning),
            Scheduler = ControlPlaneComponents.Scheduler(tuning),
        };
    }

    public static NodeRegistration Registration() => new()
    {
        Name = "ip-10-0-1-10.eu-west-1.compute.internal",
        Taints = [Taint.ControlPlane, Taint.From(new NodeTaint("dedicated", "control-plane", TaintEffect.NoSchedule))],
        KubeletExtraArgs = [new Arg("node-ip", "10.0.1.10"), new Arg("node-labels", "topology.kubernetes.io/zone=eu-west-1a")],
    };

    public static KubeadmConfigFile Init() => KubeadmConfigFile.ForInit(
        new InitConfiguration
        {
            NodeRegistration = Registration(),
            LocalApiEndpoint = new ApiEndpoint { AdvertiseAddress = "10.0.1.10" },
            SkipPhases = ["addon/kube-proxy"],
            Patches = new Patches("/etc/kubernetes/patches"),
        },
        Cluster(),
        KubeletConfiguration.For(KubeletSettings.For(1000, RootVolume.BaselineThroughput)));

    public static KubeadmConfigFile JoinControlPlane() => KubeadmConfigFile.ForJoin(new JoinConfiguration
    {
        NodeRegistration = Registration(),
        Discovery = Discovery.WithBootstrapToken(Endpoint, "abcdef.0123456789abcdef", ["sha256:" + new string('a', 64)]),
        ControlPlane = new JoinControlPlane { LocalApiEndpoint = new ApiEndpoint { AdvertiseAddress = "10.0.2.10" } },
        Patches = new Patches("/etc/kubernetes/patches"),
    });

    public static KubeadmConfigFile JoinWorker() => KubeadmConfigFile.ForJoin(new JoinConfiguration
    {
        NodeRegistration = new NodeRegistration(),
        Discovery = Discovery.WithFile("/etc/kubernetes/discovery.conf"),
    });
}
