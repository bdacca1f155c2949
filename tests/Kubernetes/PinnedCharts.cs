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

    /// <summary>
    /// kubernetes/autoscaler cluster-autoscaler/charts/cluster-autoscaler/values.yaml at tag cluster-autoscaler-chart-9.59.0
    /// (commit 5a0b98e45f896e98132737240ac131a519d3b33d, Chart.yaml version 9.59.0): the top-level keys, those of
    /// <c>autoDiscovery</c>, <c>image</c> and <c>podDisruptionBudget</c> (plus its <c>minAvailable</c>, which templates/pdb.yaml
    /// reads), and below <c>resources</c>, <c>securityContext</c> and <c>containerSecurityContext</c>, which templates/deployment.yaml
    /// writes into the pod whole, the Kubernetes fields we set.
    /// </summary>
    public static readonly ChartValueKeys ClusterAutoscaler = new("cluster-autoscaler", "9.59.0",
    [
        "affinity", "additionalLabels", "autoDiscovery", "autoscalingGroups", "autoscalingGroupsnamePrefix", "awsAccessKeyID",
        "awsRegion", "awsSecretAccessKey", "azureClientID", "azureClientSecret", "azureResourceGroup", "azureSubscriptionID",
        "azureTenantID", "azureUseManagedIdentityExtension", "azureUserAssignedIdentityID", "azureUseWorkloadIdentityExtension",
        "azureVMType", "azureEnableForceDelete", "azureEnableVMSSEtag", "civoApiUrl", "civoApiKey", "civoClusterID", "civoRegion",
        "cloudConfigPath", "cloudProvider", "clusterAPICloudConfigPath", "clusterAPIConfigMapsNamespace", "clusterAPIKubeconfigSecret",
        "clusterAPIMode", "clusterAPIWorkloadKubeconfigPath", "containerSecurityContext", "deployment", "dnsConfig", "dnsPolicy",
        "envFromConfigMap", "envFromSecret", "expanderPriorities", "extraArgs", "customArgs", "extraEnv", "extraEnvConfigMaps",
        "extraEnvSecrets", "extraObjects", "extraVolumeMounts", "extraVolumes", "extraVolumeSecrets", "initContainers",
        "fullnameOverride", "hostNetwork", "image", "kubeTargetVersionOverride", "kwokConfigMapName", "magnumCABundlePath",
        "magnumClusterName", "nameOverride", "nodeSelector", "podAnnotations", "podDisruptionBudget", "podLabels",
        "priorityClassName", "priorityConfigMapAnnotations", "prometheusRule", "rbac", "replicaCount", "resources",
        "revisionHistoryLimit", "securityContext", "service", "serviceMonitor", "tolerations", "topologySpreadConstraints",
        "updateStrategy", "vpa", "secretKeyRefNameOverride",
        "autoDiscovery.clusterName", "autoDiscovery.namespace", "autoDiscovery.tags", "autoDiscovery.roles", "autoDiscovery.labels",
        "image.repository", "image.tag", "image.pullPolicy", "image.pullSecrets",
        "podDisruptionBudget.annotations", "podDisruptionBudget.selector", "podDisruptionBudget.maxUnavailable", "podDisruptionBudget.minAvailable",
        "resources.requests", "resources.limits",
        "securityContext.runAsNonRoot", "securityContext.runAsUser", "securityContext.seccompProfile", "securityContext.seccompProfile.type",
        "containerSecurityContext.allowPrivilegeEscalation", "containerSecurityContext.readOnlyRootFilesystem",
        "containerSecurityContext.capabilities", "containerSecurityContext.capabilities.drop",
    ]);
}
