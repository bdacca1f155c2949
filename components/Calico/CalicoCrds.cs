using Infra.Kubernetes.Helm;
using Infra.Model;

namespace Infra.Calico;

/// <summary>
/// The <c>crd.projectcalico.org</c> and <c>operator.tigera.io</c> custom resource definitions. From v3.32 the
/// tigera-operator chart no longer carries them: they are the <c>crd.projectcalico.org.v1</c> chart, installed first
/// (the operator chart's <c>Installation</c> and <c>FelixConfiguration</c> need their kinds to exist) and, unlike a
/// chart's <c>crds/</c> directory, upgraded with it. Helm creates them (no client-side apply, so no annotation size
/// limit, which is why Calico's README otherwise says <c>kubectl apply --server-side</c>).
/// </summary>
public sealed class CalicoCrds(Scope parent, string id, ResourceOptions? options = null)
    : ChartAddOn<CalicoCrdsValues>(parent, id, new HelmChart(CalicoRelease.ChartRepository, ChartName, CalicoRelease.Version), CalicoRelease.Namespace, new CalicoCrdsValues(), options)
{
    public const string ChartName = "crd.projectcalico.org.v1";
}
