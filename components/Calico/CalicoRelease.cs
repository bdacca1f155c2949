namespace Infra.Calico;

/// <summary>
/// The Calico release we run, pinned once for both of its charts. Source: projectcalico/calico at tag v3.32.1 (commit
/// 0ca9d1b93644778cafdf1812f3dda02ac0c361e8), charts/tigera-operator (values.yaml, templates/) and
/// charts/crd.projectcalico.org.v1; the tigera-operator chart of that tag runs tigera/operator v1.42.3 (commit
/// 40f3e3d35845ec159148b0a726ca069bf104d680), whose behaviour the comments here cite. Both charts are published at the
/// Calico version (their Chart.yaml <c>version</c> is replaced at release).
/// </summary>
public static class CalicoRelease
{
    /// <summary>The chart repository Calico's chart README names (<c>helm repo add projectcalico ...</c>).</summary>
    public const string ChartRepository = "https://docs.tigera.io/calico/charts";

    /// <summary>The Calico version, also each chart's version.</summary>
    public const string Version = "v3.32.1";

    /// <summary>Where the operator runs and both releases are recorded; the operator itself creates <c>calico-system</c>.</summary>
    public const string Namespace = "tigera-operator";
}
