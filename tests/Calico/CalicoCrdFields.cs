namespace Infra.Tests.Calico;

/// <summary>
/// Fields of the Calico custom resources at v3.32.1 (projectcalico/calico commit 0ca9d1b93644778cafdf1812f3dda02ac0c361e8), written
/// down from their CRDs: the FelixConfiguration spec (libcalico-go/config/crd/crd.projectcalico.org_felixconfigurations.yaml) and the
/// Installation spec and its parts (charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml). The API server
/// prunes a field its schema lacks, silently.
/// </summary>
internal static class CalicoCrdFields
{
    public static readonly IReadOnlySet<string> FelixConfiguration = new HashSet<string>(StringComparer.Ordinal)
    {
        "allowIPIPPacketsFromWorkloads", "allowVXLANPacketsFromWorkloads", "awsSrcDstCheck", "bpfAttachType",
        "bpfCTLBLogFilter", "bpfConnectTimeLoadBalancing", "bpfConnectTimeLoadBalancingEnabled",
        "bpfConntrackLogLevel", "bpfConntrackMode", "bpfConntrackTimeouts", "bpfDSROptoutCIDRs", "bpfDataIfacePattern",
        "bpfDisableGROForIfaces", "bpfDisableUnprivileged", "bpfEnabled", "bpfEnforceRPF", "bpfExcludeCIDRsFromNAT",
        "bpfExportBufferSizeMB", "bpfExtToServiceConnmark", "bpfExternalServiceMode", "bpfForceTrackPacketsFromIfaces",
        "bpfHostConntrackBypass", "bpfHostNetworkedNATWithoutCTLB", "bpfJITHardening", "bpfKubeProxyHealthzPort",
        "bpfKubeProxyIptablesCleanupEnabled", "bpfKubeProxyMinSyncPeriod", "bpfL3IfacePattern", "bpfLogFilters",
        "bpfLogLevel", "bpfMaglevMaxEndpointsPerService", "bpfMaglevMaxServices", "bpfMapSizeConntrack",
        "bpfMapSizeConntrackCleanupQueue", "bpfMapSizeConntrackScaling", "bpfMapSizeIPSets", "bpfMapSizeIfState",
        "bpfMapSizeNATAffinity", "bpfMapSizeNATBackend", "bpfMapSizeNATFrontend", "bpfMapSizePerCpuConntrack",
        "bpfMapSizeRoute", "bpfPSNATPorts", "bpfPolicyDebugEnabled", "bpfProfiling", "bpfRedirectToPeer",
        "cgroupV2Path", "chainInsertMode", "dataplaneDriver", "dataplaneWatchdogTimeout", "debugDisableLogDropping",
        "debugHost", "debugMemoryProfilePath", "debugPort", "debugSimulateCalcGraphHangAfter",
        "debugSimulateDataplaneApplyDelay", "debugSimulateDataplaneHangAfter", "defaultEndpointToHostAction",
        "deviceRouteProtocol", "deviceRouteSourceAddress", "deviceRouteSourceAddressIPv6",
        "disableConntrackInvalidCheck", "endpointReportingDelay", "endpointReportingEnabled",
        "endpointStatusPathPrefix", "externalNodesList", "failsafeInboundHostPorts", "failsafeOutboundHostPorts",
        "featureDetectOverride", "featureGates", "floatingIPs", "flowLogsCollectorDebugTrace", "flowLogsFlushInterval",
        "flowLogsGoldmaneServer", "flowLogsLocalReporter", "flowLogsPolicyEvaluationMode", "genericXDPEnabled",
        "goGCThreshold", "goMaxProcs", "goMemoryLimitMB", "healthEnabled", "healthHost", "healthPort",
        "healthTimeoutOverrides", "interfaceExclude", "interfacePrefix", "interfaceRefreshInterval", "ipForwarding",
        "ipipEnabled", "ipipMTU", "ipsetsRefreshInterval", "iptablesBackend", "iptablesFilterAllowAction",
        "iptablesFilterDenyAction", "iptablesLockProbeInterval", "iptablesMangleAllowAction", "iptablesMarkMask",
        "iptablesNATOutgoingInterfaceFilter", "iptablesPostWriteCheckInterval", "iptablesRefreshInterval",
        "ipv4ElevatedRoutePriority", "ipv4NormalRoutePriority", "ipv6ElevatedRoutePriority", "ipv6NormalRoutePriority",
        "ipv6Support", "istioAmbientMode", "istioDSCPMark", "kubeNodePortRanges", "liveMigrationRouteConvergenceTime",
        "logActionRateLimit", "logActionRateLimitBurst", "logDebugFilenameRegex", "logFilePath", "logPrefix",
        "logSeverityFile", "logSeverityScreen", "logSeveritySys", "maxIpsetSize", "metadataAddr", "metadataPort",
        "mtuIfacePattern", "natOutgoingAddress", "natOutgoingExclusions", "natPortRange", "netlinkTimeout",
        "nftablesFilterAllowAction", "nftablesFilterDenyAction", "nftablesMangleAllowAction", "nftablesMarkMask",
        "nftablesMode", "nftablesRefreshInterval", "nodeSelector", "openstackRegion", "policySyncPathPrefix",
        "programClusterRoutes", "prometheusGoMetricsEnabled", "prometheusMetricsCAFile", "prometheusMetricsCertFile",
        "prometheusMetricsClientAuth", "prometheusMetricsEnabled", "prometheusMetricsHost", "prometheusMetricsKeyFile",
        "prometheusMetricsPort", "prometheusProcessMetricsEnabled", "prometheusWireGuardMetricsEnabled",
        "removeExternalRoutes", "reportingInterval", "reportingTTL", "requireMTUFile", "routeRefreshInterval",
        "routeSource", "routeSyncDisabled", "routeTableRange", "routeTableRanges", "serviceLoopPrevention",
        "sidecarAccelerationEnabled", "usageReportingEnabled", "usageReportingInitialDelay", "usageReportingInterval",
        "useInternalDataplaneDriver", "vxlanEnabled", "vxlanMTU", "vxlanMTUV6", "vxlanPort", "vxlanVNI",
        "windowsManageFirewallRules", "wireguardEnabled", "wireguardEnabledV6", "wireguardHostEncryptionEnabled",
        "wireguardInterfaceName", "wireguardInterfaceNameV6", "wireguardKeepAlive", "wireguardListeningPort",
        "wireguardListeningPortV6", "wireguardMTU", "wireguardMTUV6", "wireguardRoutingRulePriority",
        "wireguardThreadingEnabled", "workloadSourceSpoofing", "xdpEnabled", "xdpRefreshInterval",
    };

    public static readonly IReadOnlySet<string> Installation = new HashSet<string>(StringComparer.Ordinal)
    {
        "azure", "calicoKubeControllersDeployment", "calicoNetwork", "calicoNodeDaemonSet",
        "calicoNodeWindowsDaemonSet", "calicoWindowsUpgradeDaemonSet", "certificateManagement", "cni",
        "componentResources", "controlPlaneNodeSelector", "controlPlaneReplicas", "controlPlaneTolerations",
        "csiNodeDriverDaemonSet", "fipsMode", "flexVolumePath", "imagePath", "imagePrefix", "imagePullSecrets",
        "kubeletVolumePluginPath", "kubernetesProvider", "logging", "nodeMetricsPort", "nodeUpdateStrategy",
        "nonPrivileged", "proxy", "registry", "serviceCIDRs", "tlsCipherSuites", "typhaAffinity", "typhaDeployment",
        "typhaMetricsPort", "variant", "windowsNodes",
    };

    public static readonly IReadOnlySet<string> Cni = new HashSet<string>(StringComparer.Ordinal) { "binDir", "confDir", "ipam", "type" };

    public static readonly IReadOnlySet<string> Ipam = new HashSet<string>(StringComparer.Ordinal) { "type" };

    public static readonly IReadOnlySet<string> CalicoNetwork = new HashSet<string>(StringComparer.Ordinal)
    {
        "bgp", "bpfNetworkBootstrap", "clusterRoutingMode", "containerIPForwarding", "hostPorts", "ipPools",
        "kubeProxyManagement", "linuxDataplane", "linuxPolicySetupTimeoutSeconds", "mtu", "multiInterfaceMode",
        "nodeAddressAutodetectionV4", "nodeAddressAutodetectionV6", "sysctl", "windowsDataplane",
    };

    /// <summary>One item of <c>spec.calicoNetwork.ipPools</c>.</summary>
    public static readonly IReadOnlySet<string> IpPool = new HashSet<string>(StringComparer.Ordinal)
    {
        "allowedUses", "assignmentMode", "blockSize", "cidr", "disableBGPExport", "disableNewAllocations",
        "encapsulation", "name", "natOutgoing", "nodeSelector",
    };
}
