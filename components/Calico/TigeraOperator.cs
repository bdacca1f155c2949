using Infra.Kubernetes.Helm;
using Infra.Model;

namespace Infra.Calico;

/// <summary>
/// The tigera-operator chart: the operator Deployment (one replica, on the host network, tolerating every taint) and,
/// from its values, the <c>default</c> Installation and FelixConfiguration and the <c>kubernetes-services-endpoint</c>
/// ConfigMap. The operator then creates <c>calico-system</c> and runs calico-node, Typha and calico-kube-controllers,
/// and the Calico API server. The release is ready when the operator is, before calico-node has started.
/// </summary>
public sealed class TigeraOperator(Scope parent, string id, TigeraOperatorValues values, ResourceOptions? options = null)
    : ChartAddOn<TigeraOperatorValues>(parent, id, new HelmChart(CalicoRelease.ChartRepository, ChartName, CalicoRelease.Version), CalicoRelease.Namespace, values, options)
{
    public const string ChartName = "tigera-operator";
}
