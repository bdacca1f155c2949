using Infra.Aws.AutoScaling;
using Infra.ControlPlane;
using Infra.ControlPlane.Cis;
using Infra.ControlPlane.Kubeadm;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Cis;

/// <summary>
/// What the reference prod stack renders for the benchmark: each control-plane group's kubeadm configuration file and
/// encryption configuration, the deviations it carries, and every kubelet configuration file of the program.
/// </summary>
internal sealed class ProdStackRendering
{
    private static readonly Lazy<ProdStackRendering> Prod = new(() => new ProdStackRendering(
        StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", new FixedTime(PolicyFixture.Today)).Program));

    private ProdStackRendering(InfraProgram program)
    {
        var files = program.Resources.SelectMany(r => r.Annotations.OfType<GeneratedFile>()).ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        ControlPlanes =
        [
            .. from grp in program.ResourcesOf<Group>()
               from nodes in grp.Annotations.OfType<ControlPlaneNodesAnnotation>()
               select new RenderedControlPlane(
                   grp.Path.ToString(),
                   files[$"control-plane/{nodes.Zone}/kubeadm-init.yaml"],
                   nodes.Encryption?.ToYaml() ?? "",
                   grp.Annotations.OfType<CisDeviationsAnnotation>().SelectMany(a => a.Deviations).ToList()),
        ];
        KubeletConfigs =
        [
            .. from file in files
               where file.Key.EndsWith("/kubelet-config.yaml", StringComparison.Ordinal)
               select (file.Key, file.Value),
        ];
    }

    public static ProdStackRendering Instance => Prod.Value;

    public IReadOnlyList<RenderedControlPlane> ControlPlanes { get; }

    /// <summary>Every rendered kubelet configuration (<c>.../kubelet-config.yaml</c>), by its path in the rendering.</summary>
    public IReadOnlyList<(string Path, string Text)> KubeletConfigs { get; }
}

/// <summary>One control-plane group's rendered configuration and the deviations it carries.</summary>
internal sealed record RenderedControlPlane(string Group, string KubeadmConfigText, string EncryptionConfigText, IReadOnlyList<CisDeviation> Deviations)
{
    /// <summary>The settings of kube-apiserver, its encryption configuration, kube-controller-manager and kube-scheduler.</summary>
    public IReadOnlyDictionary<CisComponent, IReadOnlyDictionary<string, string>> Settings() =>
        new Dictionary<CisComponent, IReadOnlyDictionary<string, string>>(ComponentSettings.FromKubeadmConfig(KubeadmConfigText))
        {
            [CisComponent.EncryptionConfig] = ComponentSettings.FromEncryptionConfig(EncryptionConfigText),
        };

    public IReadOnlySet<string> DeviationIds => Deviations.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
}
