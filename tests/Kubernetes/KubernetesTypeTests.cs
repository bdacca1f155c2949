using Infra.Kubernetes;
using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Policy;
using Infra.Kubernetes.Scheduling;

namespace Infra.Tests.Kubernetes;

public class KubernetesTypeTests
{
    public static TheoryData<KubernetesType, string, string, string> Kinds => new()
    {
        { KubernetesNamespace.ObjectType, "kubernetes:core/v1:Namespace", "v1", "Namespace" },
        { ServiceAccount.ObjectType, "kubernetes:core/v1:ServiceAccount", "v1", "ServiceAccount" },
        { ConfigMap.ObjectType, "kubernetes:core/v1:ConfigMap", "v1", "ConfigMap" },
        { Service.ObjectType, "kubernetes:core/v1:Service", "v1", "Service" },
        { Deployment.ObjectType, "kubernetes:apps/v1:Deployment", "apps/v1", "Deployment" },
        { HorizontalPodAutoscaler.ObjectType, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "autoscaling/v2", "HorizontalPodAutoscaler" },
        { PodDisruptionBudget.ObjectType, "kubernetes:policy/v1:PodDisruptionBudget", "policy/v1", "PodDisruptionBudget" },
        { PriorityClass.ObjectType, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "scheduling.k8s.io/v1", "PriorityClass" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_the_provider_token_and_the_manifest_api_version(KubernetesType type, string token, string apiVersion, string kind)
    {
        Assert.Equal(token, type.Token);
        Assert.Equal(apiVersion, type.ApiVersion);
        Assert.Equal(kind, type.Kind);
    }

    [Theory]
    [InlineData("kubernetes:helm.sh/v3:Release:x")]
    [InlineData("aws:ec2/vpc:Vpc")]
    [InlineData("kubernetes:Deployment")]
    public void A_token_that_is_not_a_kubernetes_object_is_refused(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => KubernetesType.FromToken(token));

        Assert.Contains(token, error.Message, StringComparison.Ordinal);
    }
}
