using Infra.Model;

namespace Infra.Calico;

/// <summary>
/// The Calico release we run, pinned once for both of its charts (<see cref="Source"/>); the tigera-operator chart of
/// that tag runs tigera/operator v1.42.3 (commit 40f3e3d35845ec159148b0a726ca069bf104d680), whose behaviour the comments
/// here cite.
/// </summary>
public static class CalicoRelease
{
    /// <summary>The chart repository Calico's chart README names (<c>helm repo add projectcalico ...</c>).</summary>
    public const string ChartRepository = "https://docs.tigera.io/calico/charts";

    /// <summary>The Calico version, also each chart's version.</summary>
    public const string Version = "v3.32.1";

    /// <summary>Where both charts were read; they are published at the Calico version (their Chart.yaml <c>version</c> is replaced at release).</summary>
    public const string Source = "projectcalico/calico tag v3.32.1 (commit 0ca9d1b93644778cafdf1812f3dda02ac0c361e8) charts/tigera-operator and charts/crd.projectcalico.org.v1, both published at the Calico version; the operator chart runs tigera/operator v1.42.3";

    public static VersionPin OperatorChart { get; } = VersionPin.Chart(TigeraOperator.ChartName, Version, Source);

    public static VersionPin CrdsChart { get; } = VersionPin.Chart(CalicoCrds.ChartName, Version, Source);

    /// <summary>Where the operator runs and both releases are recorded; the operator itself creates <c>calico-system</c>.</summary>
    public const string Namespace = "tigera-operator";
}
