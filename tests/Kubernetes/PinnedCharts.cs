using Infra.Tests.Calico;

namespace Infra.Tests.Kubernetes;

/// <summary>The value keys of every chart version we pin, each with its source.</summary>
internal static class PinnedCharts
{
    /// <summary>
    /// kubernetes/cloud-provider-aws charts/aws-cloud-controller-manager at commit 82da06f1b6e1643b06b4463abf25333060cdc816
    /// (Chart.yaml version 0.0.11): values.yaml's keys, plus <c>hostNetworking</c>, which templates/daemonset.yaml reads.
    /// </summary>
    public static readonly ChartValueKeys AwsCloudControllerManager = new("aws-cloud-controller-manager", "0.0.11",
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

    /// <summary>
    /// NVIDIA/k8s-device-plugin deployments/helm/nvidia-device-plugin/values.yaml at tag v0.20.0 (commit
    /// 1b826acc6af3079d8923bac395c3124b8861a9a6, Chart.yaml version 0.20.0): the top-level keys, plus
    /// <c>nvidiaDevRoot</c>, which templates/daemonset-device-plugin.yml reads.
    /// </summary>
    public static readonly ChartValueKeys NvidiaDevicePlugin = new("nvidia-device-plugin", "0.20.0",
    [
        "config", "compatWithCPUManager", "migStrategy", "failOnInitError", "deviceListStrategy", "deviceIDStrategy",
        "nvidiaDriverRoot", "gdrcopyEnabled", "gdsEnabled", "mofedEnabled", "deviceDiscoveryStrategy", "nameOverride",
        "fullnameOverride", "namespaceOverride", "selectorLabelsOverride", "allowDefaultNamespace", "imagePullSecrets", "image",
        "updateStrategy", "podAnnotations", "podSecurityContext", "securityContext", "resources", "nodeSelector", "affinity",
        "tolerations", "priorityClassName", "runtimeClassName", "devicePlugin", "gfd", "nfd", "mps", "cdi", "nvidiaDevRoot",
    ]);

    /// <summary>
    /// kubernetes-sigs/sig-storage-local-static-provisioner helm/provisioner/values.yaml at commit
    /// d6d0b006845aa1cc18195fffe462df97a3347b32 (Chart.yaml version 2.9.0): the top-level keys. Each entry of
    /// <c>classes</c> takes name, hostDir, mountDir, volumeMode, accessMode, fsType, namePattern, allowedTopologies,
    /// blockCleanerCommand and storageClass (values.yaml's example and templates/configmap.yaml).
    /// </summary>
    public static readonly ChartValueKeys LocalStaticProvisioner = new("local-static-provisioner", "2.9.0",
    [
        "nameOverride", "fullnameOverride", "rbac", "serviceAccount", "setPVOwnerRef", "useJobForCleaning", "useNodeNameOnly",
        "additionalVolumes", "mountDevVolume", "additionalVolumeMounts", "enableWindows", "classes", "podAnnotations",
        "podLabels", "image", "imagePullSecrets", "nodeSelector", "nodeSelectorWindows", "tolerations", "removeNodeNotReadyTaint",
        "provisionerNotReadyNodeTaintKey", "affinity", "resources", "securityContext", "privileged", "hostPID", "livenessProbe",
        "readinessProbe", "startupProbe", "initContainers", "updateStrategy", "serviceMonitor",
    ]);

    /// <summary>The keys of one entry of the local static provisioner's <c>classes</c> (see <see cref="LocalStaticProvisioner"/>).</summary>
    public static readonly ChartValueKeys LocalStaticProvisionerClass = new("local-static-provisioner", "2.9.0",
    [
        "name", "hostDir", "mountDir", "volumeMode", "accessMode", "fsType", "namePattern", "allowedTopologies", "blockCleanerCommand", "storageClass",
    ]);

    /// <summary>
    /// projectcalico/calico charts/crd.projectcalico.org.v1 at tag v3.32.1 (commit 0ca9d1b93644778cafdf1812f3dda02ac0c361e8): its
    /// values.yaml is empty.
    /// </summary>
    public static readonly ChartValueKeys CalicoCrds = new("crd.projectcalico.org.v1", "v3.32.1", []);

    /// <summary>
    /// projectcalico/calico charts/tigera-operator at tag v3.32.1 (commit 0ca9d1b93644778cafdf1812f3dda02ac0c361e8): values.yaml's
    /// top-level keys and <c>dnsPolicy</c>, which templates/tigera-operator/02-tigera-operator.yaml reads; under <c>installation</c>
    /// the Installation spec's fields the chart renders (CRD charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml:
    /// spec, spec.cni, spec.cni.ipam, spec.calicoNetwork) plus <c>enabled</c>; under <c>defaultFelixConfiguration</c> the
    /// FelixConfiguration spec's fields (<see cref="CalicoCrdFields.FelixConfiguration"/>) plus <c>enabled</c>.
    /// </summary>
    public static readonly ChartValueKeys TigeraOperator = new("tigera-operator", "v3.32.1",
    [
        "imagePullSecrets", "installation", "apiServer", "apiServer.enabled", "goldmane", "goldmane.enabled", "whisker", "whisker.enabled",
        "defaultFelixConfiguration", "defaultFelixConfiguration.enabled", "certs", "manageCRDs", "resources", "additionalLabels",
        "tolerations", "nodeSelector", "affinity", "priorityClassName", "podAnnotations", "podLabels", "dnsConfig", "dnsPolicy",
        "tigeraOperator", "calicoctl", "kubernetesServiceEndpoint", "kubernetesServiceEndpoint.host", "kubernetesServiceEndpoint.port",
        "installation.enabled",
        .. CalicoCrdFields.Installation.Select(field => $"installation.{field}"),
        .. CalicoCrdFields.Cni.Select(field => $"installation.cni.{field}"),
        .. CalicoCrdFields.Ipam.Select(field => $"installation.cni.ipam.{field}"),
        .. CalicoCrdFields.CalicoNetwork.Select(field => $"installation.calicoNetwork.{field}"),
        .. CalicoCrdFields.FelixConfiguration.Select(field => $"defaultFelixConfiguration.{field}"),
    ]);
}
