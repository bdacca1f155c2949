using System.Globalization;
using Infra.ControlPlane.Protection;
using Infra.Emit;
using Infra.Emit.Render;
using Infra.Model;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The AWS encryption provider (kubernetes-sigs/aws-encryption-provider) as a static pod on every control-plane
/// node: kube-apiserver asks it over a unix socket to wrap the data keys that encrypt Secrets, and it calls AWS KMS
/// with the node's role. A static pod, because it must run before the API server can read a single Secret, and
/// on the host network, because there is no CNI yet when the first API server starts. The key ARN is known only
/// once the key exists, so the manifest is a template: the boot script replaces <see cref="KeyArnPlaceholder"/>.
/// </summary>
public sealed record KmsPluginPod
{
    /// <summary>Replaced at boot with the Secrets key's ARN, read from SSM.</summary>
    public const string KeyArnPlaceholder = "@KMS_KEY_ARN@";

    /// <summary>Where kubelet picks up static pods (kubeadm's manifests directory).</summary>
    public const string ManifestDirectory = "/etc/kubernetes/manifests";

    public const string ManifestPath = ManifestDirectory + "/aws-encryption-provider.yaml";

    /// <summary>
    /// 8083: the plugin's default health port 8080 is taken on the host network (upstream's guidance for
    /// static pods); 8083 is free on a control-plane node.
    /// </summary>
    public const int HealthPort = 8083;

    /// <summary>The plugin's image; when upgrading, the v2 KMS API needs a release that serves it.</summary>
    public static VersionPin ImagePin { get; } = VersionPin.Image(
        "registry.k8s.io/kms/aws-encryption-provider",
        "v1.0.0",
        "kubernetes-sigs/aws-encryption-provider release v1.0.0, promoted to registry.k8s.io (check the tag there when upgrading); it serves the v2 KMS API");

    /// <summary>The image, pinned: <see cref="ImagePin"/>.</summary>
    public string Image { get; init; } = $"{ImagePin.Name}:{ImagePin.Version}";

    /// <summary>The region of the key, as text.</summary>
    public required string Region { get; init; }

    /// <summary>The socket the API server's encryption configuration names.</summary>
    public required KmsConfiguration Kms { get; init; }

    /// <summary>The manifest, with <see cref="KeyArnPlaceholder"/> for the key.</summary>
    public string ToYaml()
    {
        var socket = new Uri(Kms.Endpoint).AbsolutePath;
        var health = new OrderedMap()
            .Add("httpGet", new OrderedMap().Add("host", "127.0.0.1").Add("path", "/healthz").Add("port", HealthPort));
        var container = new OrderedMap()
            .Add("name", "aws-encryption-provider")
            .Add("image", Image)
            .Add("command", new[]
            {
                "/aws-encryption-provider",
                $"--key={KeyArnPlaceholder}",
                $"--region={Region}",
                $"--listen={socket}",
                string.Create(CultureInfo.InvariantCulture, $"--health-port=:{HealthPort}"),
            })
            .Add("livenessProbe", health)
            .Add("resources", new OrderedMap().Add("requests", new OrderedMap().Add("cpu", "50m").Add("memory", "64Mi")))
            .Add("volumeMounts", new[] { new OrderedMap().Add("name", "kms-plugin").Add("mountPath", ControlPlanePaths.KmsPluginDirectory) });
        var pod = new OrderedMap()
            .Add("apiVersion", "v1")
            .Add("kind", "Pod")
            .Add("metadata", new OrderedMap().Add("name", "aws-encryption-provider").Add("namespace", "kube-system")
                .Add("labels", new OrderedMap().Add("component", "aws-encryption-provider").Add("tier", "control-plane")))
            .Add("spec", new OrderedMap()
                .Add("hostNetwork", true)
                .Add("priorityClassName", "system-node-critical")
                .Add("containers", new[] { container })
                .Add("volumes", new[]
                {
                    new OrderedMap().Add("name", "kms-plugin").Add("hostPath", new OrderedMap().Add("path", ControlPlanePaths.KmsPluginDirectory).Add("type", "DirectoryOrCreate")),
                }));

        return YamlWriter.ToText(pod, RenderDialect.Instance);
    }
}
