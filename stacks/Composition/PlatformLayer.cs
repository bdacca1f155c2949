using Infra.Calico;
using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Kubernetes;
using Infra.ControlPlane.Protection;
using Infra.Model;
using Infra.Platform;
using Infra.Pulumi;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The <c>&lt;env&gt;-platform</c> stack: everything inside Kubernetes. Its provider's kubeconfig is
/// the cluster stack's secret output read through a stack reference (known at preview time, unlike an
/// output of a cluster created in the same program), or the stack's own secret <c>infra:kubeconfig</c>.
/// </summary>
public static class PlatformLayer
{
    /// <summary>
    /// The platform's namespaces, all at restricted Pod Security until a later component states why
    /// it needs less: apps (workloads built with <see cref="Workload"/>), logging (Fluent Bit),
    /// monitoring (Prometheus, Thanos, Alertmanager).
    /// </summary>
    private static readonly string[] Namespaces = ["apps", "logging", "monitoring"];

    public static InfraProgram Build(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var program = new InfraProgram(StackNames.Project, $"{config.StackName}: the Kubernetes platform of cluster {config.ClusterName}");
        var provider = new KubernetesProvider(program.Root, "kubernetes", new KubernetesProviderArgs
        {
            Kubeconfig = Kubeconfig(program, config),
            EnableServerSideApply = true,
        });
        var scope = provider.ScopeFor(program.Root);

        // The pod network: until calico-node runs on them, nodes are NotReady and no Service routes (no kube-proxy).
        var calico = new CalicoCni(scope, "calico", new CalicoCniArgs
        {
            ClusterName = config.ClusterName,
            PodCidr = config.PodCidr.ToString(),
            ExpectedNodes = config.ExpectedNodes,
            LargestMaxPods = KubeletSettings.MaxPodsFor(config.ExpectedNodes),
        });

        // The cloud provider, in parallel with the CNI (it needs nothing Calico provides): until its controller manager
        // initializes them, nodes keep the uninitialized taint and nothing else schedules (the CSI controller included).
        var cloudController = new AwsCloudControllerManager(scope, "cloud-controller-manager", new AwsCloudControllerManagerArgs
        {
            ClusterName = config.ClusterName,
        });
        _ = new EbsCsiDriver(scope, "ebs-csi-driver", new EbsCsiDriverArgs { ClusterName = config.ClusterName }, new ResourceOptions
        {
            DependsOn = [cloudController.Release, calico.Operator.Release],
        });

        // Kubelet serving certificates, approved only for the requesting node's own name and VPC addresses; like
        // the CSI driver it schedules once the cloud controller manager has initialized the control-plane nodes and Calico runs.
        _ = new KubeletCsrApprover(scope, "kubelet-csr-approver", new KubeletCsrApproverArgs
        {
            Region = config.Region,
            VpcCidr = config.VpcCidr.ToString(),
        }, new ResourceOptions { DependsOn = [cloudController.Release, calico.Operator.Release] });

        // API Priority and Fairness: system traffic keeps its share however hard tenants push (seed 004).
        _ = new ApiPriorityAndFairness(scope, new ApiPriorityAndFairnessArgs { PlatformNamespaces = Namespaces });
        _ = new PriorityClasses(scope);
        foreach (var name in Namespaces)
        {
            _ = new PlatformNamespace(scope, $"namespace-{name}", new PlatformNamespaceArgs { Name = name });
        }

        return program;
    }

    private static Expr<string> Kubeconfig(InfraProgram program, StackConfig config)
    {
        if (config.UsesOwnKubeconfig)
        {
            return program.DeclareConfig(ConfigSchema.Kubeconfig.Name, "string", secret: true).Read<string>();
        }

        var environment = config.Environment.ToString().ToLowerInvariant();
        var cluster = new StackReference(program.Root, "cluster-stack", new StackReferenceArgs
        {
            Name = config.ClusterStack ?? Fn.Interpolate($"{PulumiBuiltin.Organization}/{StackNames.Project}/{environment}"),
        });
        return cluster.OutputNamed(StackNames.KubeconfigOutput);
    }
}
