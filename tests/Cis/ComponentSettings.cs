using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Cis;

/// <summary>
/// The settings each component runs with, read from the text this repository renders (not from the objects that
/// render it), over kubeadm's defaults (<see cref="KubeadmDefaults"/>): flags by name without dashes, configuration
/// fields as dotted paths, lists joined by commas.
/// </summary>
internal static class ComponentSettings
{
    private static readonly (string Section, CisComponent Component)[] ControlPlaneSections =
    [
        ("apiServer", CisComponent.ApiServer),
        ("controllerManager", CisComponent.ControllerManager),
        ("scheduler", CisComponent.Scheduler),
    ];

    /// <summary>
    /// kube-apiserver, kube-controller-manager and kube-scheduler from a kubeadm configuration file's ClusterConfiguration:
    /// kubeadm's defaults, the external etcd section as kube-apiserver's etcd flags (getAPIServerCommand), then each
    /// section's extraArgs (the last of a repeated name wins, as in v1beta4).
    /// </summary>
    public static IReadOnlyDictionary<CisComponent, IReadOnlyDictionary<string, string>> FromKubeadmConfig(string kubeadmConfigText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(kubeadmConfigText));
        var cluster = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Single(d => Scalar(d, "kind") == "ClusterConfiguration");
        var settings = new Dictionary<CisComponent, IReadOnlyDictionary<string, string>>();
        foreach (var (section, component) in ControlPlaneSections)
        {
            var flags = new Dictionary<string, string>(KubeadmDefaults.For(component), StringComparer.Ordinal);
            if (component == CisComponent.ApiServer && Child(Child(cluster, "etcd"), "external") is { } external)
            {
                flags["etcd-servers"] = string.Join(',', ((YamlSequenceNode)external.Children[new YamlScalarNode("endpoints")]).Children.Select(e => ((YamlScalarNode)e).Value));
                CopyIfSet(external, "caFile", flags, "etcd-cafile");
                CopyIfSet(external, "certFile", flags, "etcd-certfile");
                CopyIfSet(external, "keyFile", flags, "etcd-keyfile");
            }

            if (Get(Child(cluster, section), "extraArgs") is YamlSequenceNode extraArgs)
            {
                foreach (var arg in extraArgs.Children.Cast<YamlMappingNode>())
                {
                    flags[Scalar(arg, "name")!] = Scalar(arg, "value") ?? "";
                }
            }

            settings[component] = flags;
        }

        return settings;
    }

    /// <summary>
    /// The encryption configuration as kube-bench's 1.2.28 audit reads it: <c>provider</c> is the word on the line after
    /// the first <c>providers:</c>, the provider that encrypts every new write.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FromEncryptionConfig(string encryptionConfigText)
    {
        var lines = encryptionConfigText.Split('\n');
        var providers = Array.FindIndex(lines, line => line.TrimStart().StartsWith("providers:", StringComparison.Ordinal));
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (providers >= 0 && providers + 1 < lines.Length)
        {
            settings["provider"] = new string(lines[providers + 1].Where(char.IsAsciiLetter).ToArray());
        }

        return settings;
    }

    /// <summary>An etcd member's command line, <c>--name=value</c> per entry.</summary>
    public static IReadOnlyDictionary<string, string> FromFlags(IEnumerable<string> flags) =>
        flags.Select(flag => flag.TrimStart('-').Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "true", StringComparer.Ordinal);

    /// <summary>
    /// A kubelet's configuration: kubeadm's defaulted fields, then every field the rendered KubeletConfiguration text sets
    /// (a kubeadm patch or a whole file), as dotted paths; a list of scalars becomes one comma-joined value, as kube-bench's
    /// <c>{range .tlsCipherSuites[:]}</c> prints it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FromKubeletConfig(string kubeletConfigText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(kubeletConfigText));
        var settings = new Dictionary<string, string>(KubeadmDefaults.Kubelet, StringComparer.Ordinal);
        var document = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Single(d => Scalar(d, "kind") == "KubeletConfiguration");
        Flatten(document, "", settings);
        return settings;
    }

    private static void Flatten(YamlNode node, string path, Dictionary<string, string> settings)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    Flatten(value, path.Length == 0 ? ((YamlScalarNode)key).Value! : $"{path}.{((YamlScalarNode)key).Value}", settings);
                }

                break;
            case YamlSequenceNode list when list.Children.All(item => item is YamlScalarNode):
                settings[path] = string.Join(',', list.Children.Select(item => ((YamlScalarNode)item).Value));
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Flatten(list.Children[i], $"{path}[{i}]", settings);
                }

                break;
            case YamlScalarNode scalar:
                settings[path] = scalar.Value ?? "";
                break;
        }
    }

    private static YamlNode? Get(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlMappingNode? Child(YamlMappingNode? map, string key) => Get(map, key) as YamlMappingNode;

    private static string? Scalar(YamlMappingNode map, string key) => (Get(map, key) as YamlScalarNode)?.Value;

    private static void CopyIfSet(YamlMappingNode from, string key, Dictionary<string, string> to, string flag)
    {
        if (Scalar(from, key) is { } value)
        {
            to[flag] = value;
        }
    }
}
