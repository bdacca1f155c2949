using System.Globalization;
using Infra.Emit;
using Infra.Emit.Render;
using Infra.Kubelet;
using Infra.Model;

namespace Infra.ControlPlane.Kubeadm;

/// <summary>
/// The file handed to <c>kubeadm init --config</c> or <c>kubeadm join --config</c>: kubeadm documents separated by
/// <c>---</c>, each starting with its apiVersion and kind. Written as plain YAML (every value is known when the
/// program is compiled) for cloud-init to place on the node.
/// </summary>
public sealed class KubeadmConfigFile
{
    private readonly List<OrderedMap> documents = [];

    private KubeadmConfigFile()
    {
    }

    /// <summary>
    /// The first control-plane node: its InitConfiguration, the ClusterConfiguration and the KubeletConfiguration.
    /// kubeadm init runs this node's kubelet with <paramref name="kubelet"/> and uploads it as the cluster-wide
    /// <c>kubelet-config</c> ConfigMap, the base every joining node downloads before applying its own patches.
    /// </summary>
    public static KubeadmConfigFile ForInit(InitConfiguration init, ClusterConfiguration cluster, KubeletConfiguration kubelet)
    {
        ArgumentNullException.ThrowIfNull(init);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(kubelet);
        var file = new KubeadmConfigFile().With("InitConfiguration", init).With("ClusterConfiguration", cluster);
        file.documents.Add(kubelet.ToDocument());
        return file;
    }

    /// <summary>Any other node: a joining control-plane node reads the ClusterConfiguration from the cluster.</summary>
    public static KubeadmConfigFile ForJoin(JoinConfiguration join)
    {
        ArgumentNullException.ThrowIfNull(join);
        return new KubeadmConfigFile().With("JoinConfiguration", join);
    }

    /// <summary>The file's text; the same configuration always gives the same bytes.</summary>
    public string Text
    {
        get
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            var yaml = new YamlWriter(writer, RenderDialect.Instance);
            for (var i = 0; i < documents.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write("---\n");
                }

                yaml.WriteDocument(documents[i]);
            }

            return writer.ToString();
        }
    }

    private KubeadmConfigFile With(string kind, object configuration)
    {
        var document = new OrderedMap().Add("apiVersion", KubeadmApi.Version).Add("kind", kind);
        foreach (var property in PropertyReader.Read(configuration))
        {
            document.Add(property.Key, property.Value);
        }

        documents.Add(document);
        return this;
    }
}
