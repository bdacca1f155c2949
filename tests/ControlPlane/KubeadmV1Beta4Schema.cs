using YamlDotNet.RepresentationModel;

namespace Infra.Tests.ControlPlane;

/// <summary>
/// Facts about kubeadm.k8s.io/v1beta4, written down from the JSON tags of the upstream Go types:
/// kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go at commit
/// 1329935739c3aa007d23cb9a4dadfee9d59ff79b (the v1beta4 shape released with Kubernetes 1.31 and current in
/// 1.34: Timeouts, Proxy, ExtraEnvs, EncryptionAlgorithm, ImagePullSerial; extraArgs as []Arg), plus the
/// embedded types bootstraptoken/v1 BootstrapToken and core/v1 Taint and EnvVar. Inline (embedded) structs
/// are flattened here as kubeadm's decoder sees them. metav1.Duration and metav1.Time are JSON strings.
/// </summary>
internal static class KubeadmV1Beta4Schema
{
    public static readonly SchemaNode Text = new Scalar(ScalarType.String);
    public static readonly SchemaNode Integer = new Scalar(ScalarType.Integer);
    public static readonly SchemaNode Boolean = new Scalar(ScalarType.Boolean);
    private static readonly SchemaNode Duration = Text;
    private static readonly SchemaNode Texts = new ListOf(Text);

    // type Arg struct { Name `json:"name"`; Value `json:"value"` }
    private static readonly SchemaNode Arg = Fields(("name", Text), ("value", Text));

    // core/v1 EnvVar: name, value, valueFrom (a source object we never write: any map).
    private static readonly SchemaNode EnvVar = Fields(("name", Text), ("value", Text), ("valueFrom", new AnyMap()));

    // HostPathMount: name, hostPath, mountPath, readOnly (bool), pathType (string).
    private static readonly SchemaNode HostPathMount = Fields(("name", Text), ("hostPath", Text), ("mountPath", Text), ("readOnly", Boolean), ("pathType", Text));

    // ControlPlaneComponent: extraArgs []Arg, extraVolumes []HostPathMount, extraEnvs []EnvVar.
    private static readonly (string, SchemaNode)[] ComponentFields =
        [("extraArgs", new ListOf(Arg)), ("extraVolumes", new ListOf(HostPathMount)), ("extraEnvs", new ListOf(EnvVar))];

    private static readonly SchemaNode ControlPlaneComponent = Fields(ComponentFields);

    // APIServer: ControlPlaneComponent inline + certSANs []string.
    private static readonly SchemaNode ApiServer = Fields([.. ComponentFields, ("certSANs", Texts)]);

    // APIEndpoint: advertiseAddress string, bindPort int32.
    private static readonly SchemaNode ApiEndpoint = Fields(("advertiseAddress", Text), ("bindPort", Integer));

    // core/v1 Taint: key, value, effect, timeAdded (metav1.Time).
    private static readonly SchemaNode Taint = Fields(("key", Text), ("value", Text), ("effect", Text), ("timeAdded", Text));

    // NodeRegistrationOptions: name, criSocket, taints, kubeletExtraArgs []Arg, ignorePreflightErrors, imagePullPolicy, imagePullSerial *bool.
    private static readonly SchemaNode NodeRegistration = Fields(
        ("name", Text), ("criSocket", Text), ("taints", new ListOf(Taint)), ("kubeletExtraArgs", new ListOf(Arg)),
        ("ignorePreflightErrors", Texts), ("imagePullPolicy", Text), ("imagePullSerial", Boolean));

    // Patches: directory.
    private static readonly SchemaNode Patches = Fields(("directory", Text));

    // Timeouts: all *metav1.Duration.
    private static readonly SchemaNode Timeouts = Fields(
        ("controlPlaneComponentHealthCheck", Duration), ("kubeletHealthCheck", Duration), ("kubernetesAPICall", Duration),
        ("etcdAPICall", Duration), ("tlsBootstrap", Duration), ("discovery", Duration), ("upgradeManifests", Duration));

    // bootstraptoken/v1 BootstrapToken: token, description, ttl (Duration), expires (Time), usages, groups.
    private static readonly SchemaNode BootstrapToken = Fields(
        ("token", Text), ("description", Text), ("ttl", Duration), ("expires", Text), ("usages", Texts), ("groups", Texts));

    // Etcd: local (LocalEtcd: ImageMeta inline, dataDir, extraArgs, extraEnvs, serverCertSANs, peerCertSANs) | external.
    private static readonly SchemaNode Etcd = Fields(
        ("local", Fields(("imageRepository", Text), ("imageTag", Text), ("dataDir", Text), ("extraArgs", new ListOf(Arg)),
            ("extraEnvs", new ListOf(EnvVar)), ("serverCertSANs", Texts), ("peerCertSANs", Texts))),
        ("external", Fields(("endpoints", Texts), ("caFile", Text), ("certFile", Text), ("keyFile", Text))));

    private static readonly (string, SchemaNode)[] TypeMeta = [("apiVersion", Text), ("kind", Text)];

    /// <summary>Each kind's top-level fields.</summary>
    public static readonly IReadOnlyDictionary<string, SchemaNode> Kinds = new Dictionary<string, SchemaNode>(StringComparer.Ordinal)
    {
        ["InitConfiguration"] = Fields([
            .. TypeMeta, ("bootstrapTokens", new ListOf(BootstrapToken)), ("dryRun", Boolean), ("nodeRegistration", NodeRegistration),
            ("localAPIEndpoint", ApiEndpoint), ("certificateKey", Text), ("skipPhases", Texts), ("patches", Patches), ("timeouts", Timeouts)]),
        ["ClusterConfiguration"] = Fields([
            .. TypeMeta, ("etcd", Etcd), ("networking", Fields(("serviceSubnet", Text), ("podSubnet", Text), ("dnsDomain", Text))),
            ("kubernetesVersion", Text), ("controlPlaneEndpoint", Text), ("apiServer", ApiServer),
            ("controllerManager", ControlPlaneComponent), ("scheduler", ControlPlaneComponent),
            ("dns", Fields(("imageRepository", Text), ("imageTag", Text), ("disabled", Boolean))), ("proxy", Fields(("disabled", Boolean))),
            ("certificatesDir", Text), ("imageRepository", Text), ("featureGates", new MapOf(Boolean)), ("clusterName", Text),
            ("encryptionAlgorithm", Text), ("certificateValidityPeriod", Duration), ("caCertificateValidityPeriod", Duration)]),
        ["JoinConfiguration"] = Fields([
            .. TypeMeta, ("dryRun", Boolean), ("nodeRegistration", NodeRegistration), ("caCertPath", Text),
            ("discovery", Fields(
                ("bootstrapToken", Fields(("token", Text), ("apiServerEndpoint", Text), ("caCertHashes", Texts), ("unsafeSkipCAVerification", Boolean))),
                ("file", Fields(("kubeConfigPath", Text))),
                ("tlsBootstrapToken", Text))),
            ("controlPlane", Fields(("localAPIEndpoint", ApiEndpoint), ("certificateKey", Text))),
            ("skipPhases", Texts), ("patches", Patches), ("timeouts", Timeouts)]),
    };

    /// <summary>
    /// Every problem in a multi-document kubeadm file, each naming its path; empty when the file conforms. A
    /// KubeletConfiguration document is checked by <see cref="Kubelet.KubeletV1Beta1Schema"/>.
    /// </summary>
    public static IReadOnlyList<string> Validate(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var problems = new List<string>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                problems.Add("a document is not a map");
                continue;
            }

            var kind = root.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode) ? ((YamlScalarNode)kindNode).Value : null;
            var apiVersion = root.Children.TryGetValue(new YamlScalarNode("apiVersion"), out var versionNode) ? ((YamlScalarNode)versionNode).Value : null;

            // kubeadm passes a KubeletConfiguration document on to the kubelet: checked against the kubelet's own facts.
            if (apiVersion == Kubelet.KubeletV1Beta1Schema.ApiVersion)
            {
                Kubelet.KubeletV1Beta1Schema.Check(root, problems);
                continue;
            }

            if (apiVersion != "kubeadm.k8s.io/v1beta4")
            {
                problems.Add($"{kind}: apiVersion is '{apiVersion}', not kubeadm.k8s.io/v1beta4");
            }

            if (kind is null || !Kinds.TryGetValue(kind, out var schema))
            {
                problems.Add($"unknown kind '{kind}'");
                continue;
            }

            schema.Check(root, kind, problems);
        }

        return problems;
    }

    private static Fields Fields(params (string Name, SchemaNode Node)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => f.Node, StringComparer.Ordinal));
}

internal enum ScalarType
{
    String,
    Integer,
    Boolean,
}

/// <summary>What a position in a document may hold.</summary>
internal abstract record SchemaNode
{
    public abstract void Check(YamlNode node, string path, List<string> problems);
}

/// <summary>A JSON scalar. YAML plain scalars resolve as JSON would see them: <c>6443</c> is a number, <c>"6443"</c> a string.</summary>
internal sealed record Scalar(ScalarType Type) : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlScalarNode scalar)
        {
            problems.Add($"{path}: expected a {Type} scalar, found a {node.NodeType}");
            return;
        }

        var actual = Resolve(scalar);
        if (actual != Type)
        {
            problems.Add($"{path}: expected a {Type}, found the {actual} '{scalar.Value}'");
        }
    }

    private static ScalarType Resolve(YamlScalarNode scalar)
    {
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return ScalarType.String;
        }

        return scalar.Value switch
        {
            "true" or "false" => ScalarType.Boolean,
            { } value when long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) => ScalarType.Integer,
            _ => ScalarType.String,
        };
    }
}

/// <summary>A struct: only the listed field names are known.</summary>
internal sealed record Fields(IReadOnlyDictionary<string, SchemaNode> Known) : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add($"{path}: expected a map, found a {node.NodeType}");
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (Known.TryGetValue(name, out var field))
            {
                field.Check(value, $"{path}.{name}", problems);
            }
            else
            {
                problems.Add($"{path}: unknown field '{name}'");
            }
        }
    }
}

/// <summary>A JSON array of one item type.</summary>
internal sealed record ListOf(SchemaNode Item) : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlSequenceNode list)
        {
            problems.Add($"{path}: expected a list, found a {node.NodeType}");
            return;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            Item.Check(list.Children[i], $"{path}[{i}]", problems);
        }
    }
}

/// <summary>A Go map with string keys (featureGates).</summary>
internal sealed record MapOf(SchemaNode Value) : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add($"{path}: expected a map, found a {node.NodeType}");
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            Value.Check(value, $"{path}.{key}", problems);
        }
    }
}

/// <summary>An upstream object we never write and do not describe further.</summary>
internal sealed record AnyMap : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlMappingNode)
        {
            problems.Add($"{path}: expected a map, found a {node.NodeType}");
        }
    }
}
