using System.Globalization;
using Infra.ControlPlane.Endpoint;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.Network;
using Infra.NodeIam;

namespace Infra.CloudProvider;

/// <summary>
/// The AWS cloud controller manager (the external cloud provider): it initializes nodes whose
/// kubelet runs with <c>--cloud-provider=external</c> (provider ID, addresses, zone labels, then it
/// lifts the <c>node.cloudprovider.kubernetes.io/uninitialized</c> taint), removes nodes whose
/// instances are gone and serves LoadBalancer Services in the subnets tagged for the cluster. A
/// DaemonSet on control-plane nodes only, using their instance role
/// (<see cref="NodePermissions.CloudController"/>), one active replica by leader election.
/// </summary>
public sealed class AwsCloudControllerManager : ChartAddOn<AwsCloudControllerManagerValues>
{
    /// <summary>The chart repository of the Kubernetes cloud-provider-aws project.</summary>
    public const string ChartRepository = "https://kubernetes.github.io/cloud-provider-aws";

    public const string ChartName = "aws-cloud-controller-manager";

    /// <summary>Where upstream publishes the controller image.</summary>
    public const string ImageRepository = "registry.k8s.io/provider-aws/cloud-controller-manager";

    /// <summary>The namespace of cluster controllers, as kubeadm's own.</summary>
    public const string Namespace = "kube-system";

    public AwsCloudControllerManager(Scope parent, string id, AwsCloudControllerManagerArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
    }

    private static AwsCloudControllerManagerValues ValuesFor(AwsCloudControllerManagerArgs args)
    {
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"cluster name '{args.ClusterName}' is not a cluster name: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (!KubernetesRelease.IsWithinControllerSkew(args.ImageTag))
        {
            throw new ArgumentException(
                $"cloud controller manager image tag '{args.ImageTag}' is outside the version skew policy for a {KubernetesRelease.Minor} cluster: use a {string.Join(".x or ", KubernetesRelease.ControllerMinors)}.x release",
                nameof(args));
        }

        return new AwsCloudControllerManagerValues
        {
            Namespace = Namespace,
            Args =
            [
                "--v=2",
                "--cloud-provider=aws",
                $"--cluster-name={args.ClusterName}",

                // Calico routes pod traffic; VPC route tables stay ours (and the role has no route actions).
                "--configure-cloud-routes=false",

                // One replica per control-plane node, one of them active.
                "--leader-elect=true",
            ],
            Image = new ChartImage { Repository = ImageRepository, Tag = args.ImageTag },
            NodeSelector = ControlPlanePlacement.NodeSelector,

            // Among the first pods of a new cluster, it needs nothing Calico provides (see Env, HostNetworking), so it
            // starts on nodes still NotReady, in parallel with the CNI rather than after it.
            Tolerations = [ControlPlanePlacement.ControlPlaneTaint, ControlPlanePlacement.UninitializedTaint, ControlPlanePlacement.NotReadyTaint],

            // In-cluster clients dial the kubernetes Service's address, which without kube-proxy routes only once
            // Calico's eBPF dataplane runs on the node: the API's internal name does not wait for it (and is in the API
            // server's certificate, kubeadm's controlPlaneEndpoint). The container's variables override the kubelet's.
            Env =
            [
                new EnvVar { Name = "KUBERNETES_SERVICE_HOST", Value = ClusterDomain.ApiHost(args.ClusterName) },
                new EnvVar { Name = "KUBERNETES_SERVICE_PORT", Value = ClusterPorts.ApiServer.From.ToString(CultureInfo.InvariantCulture) },
            ],

            // On the host network it needs no pod network (the DaemonSet controller then tolerates network-unavailable
            // nodes), reaches instance metadata in one hop and resolves names with the node's resolver (the chart's
            // dnsPolicy Default), not cluster DNS, which runs in the pod network.
            HostNetworking = true,
        };
    }
}
