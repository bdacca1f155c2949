using System.Globalization;
using Infra.Tests.ControlPlane;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Kubelet;

/// <summary>
/// Facts about kubelet.config.k8s.io/v1beta1 KubeletConfiguration, written down from the JSON tags of the upstream Go
/// types: kubernetes/kubelet config/v1beta1/types.go at tag v0.36.3 (commit bbb4f8f0907ace5f317f33e06413a55a5f4636f6,
/// the staging copy of k8s.io/kubelet released with Kubernetes 1.36.3; no field changes within a minor), with core/v1
/// Taint for registerWithTaints. int32/int64 and their pointers are JSON integers, metav1.Duration a string
/// ("10s"), *float64 a number; types we never write (logging, tracing) are any map.
/// </summary>
internal static class KubeletV1Beta1Schema
{
    public const string ApiVersion = "kubelet.config.k8s.io/v1beta1";

    private static readonly SchemaNode Text = KubeadmV1Beta4Schema.Text;
    private static readonly SchemaNode Integer = KubeadmV1Beta4Schema.Integer;
    private static readonly SchemaNode Boolean = KubeadmV1Beta4Schema.Boolean;
    private static readonly SchemaNode Duration = Text;
    private static readonly SchemaNode Texts = new ListOf(Text);
    private static readonly SchemaNode Number = new DecimalScalar();

    // KubeletAuthentication: x509 {clientCAFile}, webhook {enabled *bool, cacheTTL Duration}, anonymous {enabled *bool}.
    private static readonly SchemaNode Authentication = Fields(
        ("x509", Fields(("clientCAFile", Text))),
        ("webhook", Fields(("enabled", Boolean), ("cacheTTL", Duration))),
        ("anonymous", Fields(("enabled", Boolean))));

    // KubeletAuthorization: mode (KubeletAuthorizationMode, a string), webhook {cacheAuthorizedTTL, cacheUnauthorizedTTL}.
    private static readonly SchemaNode Authorization = Fields(
        ("mode", Text),
        ("webhook", Fields(("cacheAuthorizedTTL", Duration), ("cacheUnauthorizedTTL", Duration))));

    // core/v1 Taint: key, value, effect, timeAdded (metav1.Time).
    private static readonly SchemaNode Taint = Fields(("key", Text), ("value", Text), ("effect", Text), ("timeAdded", Text));

    /// <summary>Every top-level field of KubeletConfiguration, in the order types.go declares them.</summary>
    public static readonly Fields Configuration = Fields(
        ("apiVersion", Text), ("kind", Text),
        ("enableServer", Boolean), ("staticPodPath", Text), ("podLogsDir", Text), ("syncFrequency", Duration),
        ("fileCheckFrequency", Duration), ("httpCheckFrequency", Duration), ("staticPodURL", Text), ("staticPodURLHeader", new MapOf(Texts)),
        ("address", Text), ("port", Integer), ("readOnlyPort", Integer), ("tlsCertFile", Text),
        ("tlsPrivateKeyFile", Text), ("tlsCipherSuites", Texts), ("tlsCurvePreferences", new ListOf(Integer)), ("tlsMinVersion", Text),
        ("rotateCertificates", Boolean), ("serverTLSBootstrap", Boolean), ("authentication", Authentication), ("authorization", Authorization),
        ("registryPullQPS", Integer), ("registryBurst", Integer), ("imagePullCredentialsVerificationPolicy", Text), ("preloadedImagesVerificationAllowlist", Texts),
        ("eventRecordQPS", Integer), ("eventBurst", Integer), ("enableDebuggingHandlers", Boolean), ("enableContentionProfiling", Boolean),
        ("healthzPort", Integer), ("healthzBindAddress", Text), ("oomScoreAdj", Integer), ("clusterDomain", Text),
        ("clusterDNS", Texts), ("streamingConnectionIdleTimeout", Duration), ("nodeStatusUpdateFrequency", Duration), ("nodeStatusReportFrequency", Duration),
        ("nodeLeaseDurationSeconds", Integer), ("imageMinimumGCAge", Duration), ("imageMaximumGCAge", Duration), ("imageGCHighThresholdPercent", Integer),
        ("imageGCLowThresholdPercent", Integer), ("volumeStatsAggPeriod", Duration), ("kubeletCgroups", Text), ("systemCgroups", Text),
        ("cgroupRoot", Text), ("cgroupsPerQOS", Boolean), ("cgroupDriver", Text), ("cpuManagerPolicy", Text),
        ("singleProcessOOMKill", Boolean), ("cpuManagerPolicyOptions", new MapOf(Text)), ("cpuManagerReconcilePeriod", Duration), ("memoryManagerPolicy", Text),
        ("topologyManagerPolicy", Text), ("topologyManagerScope", Text), ("topologyManagerPolicyOptions", new MapOf(Text)), ("qosReserved", new MapOf(Text)),
        ("runtimeRequestTimeout", Duration), ("hairpinMode", Text), ("maxPods", Integer), ("podCIDR", Text),
        ("podPidsLimit", Integer), ("resolvConf", Text), ("runOnce", Boolean), ("cpuCFSQuota", Boolean),
        ("cpuCFSQuotaPeriod", Duration), ("nodeStatusMaxImages", Integer), ("maxOpenFiles", Integer), ("contentType", Text),
        ("kubeAPIQPS", Integer), ("kubeAPIBurst", Integer), ("serializeImagePulls", Boolean), ("maxParallelImagePulls", Integer),
        ("evictionHard", new MapOf(Text)), ("evictionSoft", new MapOf(Text)), ("evictionSoftGracePeriod", new MapOf(Text)), ("evictionPressureTransitionPeriod", Duration),
        ("evictionMaxPodGracePeriod", Integer), ("evictionMinimumReclaim", new MapOf(Text)), ("mergeDefaultEvictionSettings", Boolean), ("podsPerCore", Integer),
        ("enableControllerAttachDetach", Boolean), ("protectKernelDefaults", Boolean), ("makeIPTablesUtilChains", Boolean), ("iptablesMasqueradeBit", Integer),
        ("iptablesDropBit", Integer), ("featureGates", new MapOf(Boolean)), ("failSwapOn", Boolean), ("memorySwap", Fields(("swapBehavior", Text))),
        ("containerLogMaxSize", Text), ("containerLogMaxFiles", Integer), ("containerLogMaxWorkers", Integer), ("containerLogMonitorInterval", Duration),
        ("configMapAndSecretChangeDetectionStrategy", Text), ("systemReserved", new MapOf(Text)), ("kubeReserved", new MapOf(Text)), ("reservedSystemCPUs", Text),
        ("showHiddenMetricsForVersion", Text), ("systemReservedCgroup", Text), ("kubeReservedCgroup", Text), ("enforceNodeAllocatable", Texts),
        ("allowedUnsafeSysctls", Texts), ("volumePluginDir", Text), ("providerID", Text), ("kernelMemcgNotification", Boolean),
        ("logging", new AnyMap()), ("enableSystemLogHandler", Boolean), ("enableSystemLogQuery", Boolean), ("shutdownGracePeriod", Duration),
        ("shutdownGracePeriodCriticalPods", Duration),
        ("shutdownGracePeriodByPodPriority", new ListOf(Fields(("priority", Integer), ("shutdownGracePeriodSeconds", Integer)))),
        ("crashLoopBackOff", Fields(("maxContainerRestartPeriod", Duration))),
        ("reservedMemory", new ListOf(Fields(("numaNode", Integer), ("limits", new MapOf(Text))))),
        ("enableProfilingHandler", Boolean), ("enableDebugFlagsHandler", Boolean), ("seccompDefault", Boolean), ("memoryThrottlingFactor", Number),
        ("memoryReservationPolicy", Text), ("registerWithTaints", new ListOf(Taint)), ("registerNode", Boolean), ("tracing", new AnyMap()),
        ("localStorageCapacityIsolation", Boolean), ("containerRuntimeEndpoint", Text), ("imageServiceEndpoint", Text), ("failCgroupV1", Boolean),
        ("userNamespaces", Fields(("idsPerPod", Integer))));

    /// <summary>Every problem in one KubeletConfiguration document, each naming its path; empty when it conforms.</summary>
    public static IReadOnlyList<string> Validate(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var problems = new List<string>();
        foreach (var document in stream.Documents)
        {
            Check(document.RootNode, problems);
        }

        return problems;
    }

    /// <summary>Adds the problems of one document (also one inside a kubeadm file) to <paramref name="problems"/>.</summary>
    public static void Check(YamlNode document, List<string> problems)
    {
        if (document is not YamlMappingNode root)
        {
            problems.Add("KubeletConfiguration: the document is not a map");
            return;
        }

        var apiVersion = root.Children.TryGetValue(new YamlScalarNode("apiVersion"), out var version) ? ((YamlScalarNode)version).Value : null;
        var kind = root.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode) ? ((YamlScalarNode)kindNode).Value : null;
        if (apiVersion != ApiVersion || kind != "KubeletConfiguration")
        {
            problems.Add($"KubeletConfiguration: apiVersion/kind is '{apiVersion}'/'{kind}', not {ApiVersion}/KubeletConfiguration");
        }

        Configuration.Check(root, "KubeletConfiguration", problems);
    }

    private static Fields Fields(params (string Name, SchemaNode Node)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => f.Node, StringComparer.Ordinal));
}

/// <summary>A JSON number (float64): an integer or a decimal, unquoted.</summary>
internal sealed record DecimalScalar : SchemaNode
{
    public override void Check(YamlNode node, string path, List<string> problems)
    {
        if (node is not YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
            || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            problems.Add($"{path}: expected a number");
        }
    }
}
