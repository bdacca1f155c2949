using System.Globalization;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Yaml;
using Infra.Model;

namespace Infra.Calico;

/// <summary>
/// Calico's API server (<c>operator.tigera.io/v1</c> <c>APIServer</c> named <c>default</c>), which serves the
/// <c>projectcalico.org/v3</c> kinds such as <c>GlobalNetworkPolicy</c>. Declared here, not by the tigera-operator chart
/// (<see cref="TigeraOperatorValues.ApiServer"/> is off), so that Pulumi can wait for it: the object's
/// <see cref="WaitForAnnotation"/> holds <c>pulumi up</c> until the operator reports the condition <c>Ready</c> (the
/// CRD's <c>status.conditions</c>, operator.tigera.io_apiservers.yaml at v3.32.1). The API server runs on the pod
/// network, so Ready also means calico-node runs somewhere. Whatever writes a <c>projectcalico.org/v3</c> object
/// depends on <see cref="Objects"/>; without it the first <c>pulumi up</c> of a new cluster fails with "no matches
/// for kind" while the operator is still installing Calico.
/// </summary>
public sealed class CalicoApiServer : Component
{
    /// <summary>The Pulumi Kubernetes provider's readiness annotation (v4.18.0 and later; we pin 4.34.2).</summary>
    public const string WaitForAnnotation = "pulumi.com/waitFor";

    /// <summary>The provider's per-object timeout annotation.</summary>
    public const string TimeoutAnnotation = "pulumi.com/timeoutSeconds";

    /// <summary>
    /// Twice a chart release's readiness timeout (<see cref="Kubernetes.Helm.ChartAddOn{TValues}.ReadinessTimeoutSeconds"/>):
    /// on a new cluster the API server starts only after the operator's release, then waits for nodes to take calico-node
    /// and turn Ready, and for its own image pull.
    /// </summary>
    public const int TimeoutSeconds = 2 * Kubernetes.Helm.ChartAddOn<object>.ReadinessTimeoutSeconds;

    public CalicoApiServer(Scope parent, string id, ResourceOptions options)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        Objects = new ConfigGroup(Scope, "objects", new ConfigGroupArgs { Objs = [Manifest] }, options);
    }

    /// <summary>The object as applied: empty spec, the operator's defaults.</summary>
    public static CustomObject Manifest { get; } = new()
    {
        ApiVersion = "operator.tigera.io/v1",
        Kind = "APIServer",
        Metadata = new ObjectMeta
        {
            // The CRD admits only 'default' (or 'tigera-secure', the enterprise name).
            Name = "default",
            Annotations = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal)
            {
                [TimeoutAnnotation] = TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
                [WaitForAnnotation] = "condition=Ready",
            },
        },
    };

    public ConfigGroup Objects { get; }
}
