namespace Infra.Tests.Kubernetes;

/// <summary>The value keys of every chart version we pin, each with its source.</summary>
internal static class PinnedCharts
{
    /// <summary>
    /// kubernetes/cloud-provider-aws charts/aws-cloud-controller-manager at commit e4e42f3956abdde2a2b806c001e1bc2978ff4821
    /// (Chart.yaml version 0.0.10): values.yaml's keys, plus <c>hostNetworking</c>, which templates/daemonset.yaml reads.
    /// </summary>
    public static readonly ChartValueKeys AwsCloudControllerManager = new("aws-cloud-controller-manager", "0.0.10",
    [
        "namespace", "args", "image", "image.repository", "image.tag", "imagePullSecrets", "nameOverride", "nodeSelector",
        "clusterRoleRules", "resources", "env", "securityContext", "podSecurityContext", "podAnnotations", "tolerations",
        "dnsPolicy", "clusterRoleName", "roleBindingName", "serviceAccountName", "roleName", "extraVolumes",
        "extraVolumeMounts", "hostNetworking",
    ]);

    /// <summary>
    /// kubernetes-sigs/aws-ebs-csi-driver charts/aws-ebs-csi-driver/values.yaml at commit
    /// 22df05a4ad7523eed203f56e73009a50abbba78d (Chart.yaml version 2.63.1): the top-level keys, each sidecar's image
    /// keys, the controller's keys, and the node keys we set (<c>node.metadataSources</c>, line 439; templates/_node.tpl
    /// passes it as <c>--metadata-sources</c>).
    /// </summary>
    public static readonly ChartValueKeys EbsCsiDriver = new("aws-ebs-csi-driver", "2.63.1",
    [
        "image", "image.repository", "image.tag", "image.pullPolicy", "customLabels", "fips", "sidecars", "proxy",
        "imagePullSecrets", "nameOverride", "fullnameOverride", "awsAccessSecret", "controller", "node",
        "additionalDaemonSets", "storageClasses", "defaultStorageClass", "volumeSnapshotClasses", "useOldCSIDriver",
        "nodeAllocatableUpdatePeriodSeconds", "nodeComponentOnly", "debugLogs", "helmTester",
        .. new[] { "provisioner", "attacher", "snapshotter", "metadataLabeler", "livenessProbe", "resizer", "nodeDriverRegistrar", "volumemodifier" }
            .SelectMany(sidecar => new[] { $"sidecars.{sidecar}", $"sidecars.{sidecar}.image", $"sidecars.{sidecar}.image.repository", $"sidecars.{sidecar}.image.tag", $"sidecars.{sidecar}.image.pullPolicy" }),
        .. new[]
        {
            "batching", "volumeModificationFeature", "enableNodeLocalVolumes", "additionalArgs", "sdkDebugLog", "loggingFormat",
            "affinity", "defaultFsType", "env", "envFrom", "extraCreateMetadata", "extraVolumeTags", "httpEndpoint", "enableMetrics",
            "enablePrometheusAnnotations", "serviceMonitor", "k8sTagClusterId", "logLevel", "userAgentExtra", "nodeSelector",
            "deploymentAnnotations", "podAnnotations", "podLabels", "podDisruptionBudget", "priorityClassName", "region",
            "replicaCount", "revisionHistoryLimit", "socketDirVolume", "updateStrategy", "resources", "serviceAccount",
            "tolerations", "topologySpreadConstraints", "securityContext", "volumes", "volumeMounts", "containerSecurityContext",
            "initContainers", "otelTracing", "dnsConfig",
        }.Select(key => $"controller.{key}"),
        "node.metadataSources",
    ]);

    /// <summary>
    /// coredns/helm charts/coredns/values.yaml at commit caac03169738feb17b42e110c211f249fa7cf026 (Chart.yaml version
    /// 1.46.2): the keys we set. <c>k8sAppLabelOverride</c> is a comment there and read by templates/_helpers.tpl
    /// (coredns.k8sapplabel); <c>podDisruptionBudget.maxUnavailable</c> is written whole under the budget's spec by
    /// templates/poddisruptionbudget.yaml; <c>service.clusterIP</c> is read by templates/service.yaml.
    /// </summary>
    public static readonly ChartValueKeys CoreDns = new("coredns", "1.46.2",
    [
        "image", "image.repository", "image.tag", "replicaCount", "resources", "resources.limits", "resources.requests",
        "priorityClassName", "service", "service.name", "service.clusterIP", "k8sAppLabelOverride", "serviceAccount",
        "serviceAccount.create", "servers", "topologySpreadConstraints", "tolerations", "podDisruptionBudget",
        "podDisruptionBudget.maxUnavailable",
    ]);

    /// <summary>
    /// postfinance/kubelet-csr-approver charts/kubelet-csr-approver/values.yaml at tag v1.2.14 (commit
    /// 14dd0aca331ff078ae3cb0a62ecbfe83b8e3a531; the chart is released at the tag's version): the top-level keys.
    /// </summary>
    public static readonly ChartValueKeys KubeletCsrApprover = new("kubelet-csr-approver", "1.2.14",
    [
        "global", "providerRegex", "maxExpirationSeconds", "bypassDnsResolution", "allowedDnsNames", "ignoreNonSystemNode",
        "skipDenyStep", "bypassHostnameCheck", "providerIpPrefixes", "loggingLevel", "leaderElection", "replicas", "namespace",
        "image", "imagePullSecrets", "nameOverride", "fullnameOverride", "metrics", "serviceAccount", "podAnnotations",
        "podLabels", "priorityClassName", "podSecurityContext", "securityContext", "resources", "nodeSelector", "tolerations",
        "affinity", "rbac", "env", "dnsPolicy", "dnsConfig", "extraObjects",
    ]);
}
