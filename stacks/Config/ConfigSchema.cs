using Infra.Aws.Ec2;
using Infra.Network;
using Infra.NodePools;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Policies.Rules;

namespace Infra.Stacks.Config;

/// <summary>
/// Every config key the compiler reads: the single source of the README's config reference and of the
/// loader's checks (unknown <c>infra:</c> keys, secrets, layers).
/// </summary>
public static class ConfigSchema
{
    /// <summary>The Pulumi project name, which is also the namespace of its own config keys.</summary>
    public const string ProjectNamespace = "infra";

    /// <summary>Suffix of platform-layer stack names: <c>prod-platform</c> deploys what lives in prod's Kubernetes.</summary>
    public const string PlatformStackSuffix = "-platform";

    /// <summary>Cluster name length limit: leaves room within AWS's 63-character names (load balancers take 32)
    /// for suffixes such as <c>-control-plane</c> and <c>-nlb</c>.</summary>
    public const int MaxClusterNameLength = 40;

    /// <summary>Most zones a cluster spreads over: no commercial region offers more than six.</summary>
    public const int MaxAvailabilityZones = 6;

    /// <summary>Largest cluster this project is designed and tested for.</summary>
    public const int MaxNodes = 5000;

    /// <summary>
    /// Most cores one tenant's quota may request: its pod quota (<see cref="TenantTier.PodsPerRequestedCore"/> per
    /// core) is then the cluster's whole pod envelope (<see cref="ScalabilityEnvelope.MaxPods"/>, CAP-002), so a larger
    /// figure is a typo, not a budget.
    /// </summary>
    public const int MaxTenantCpuCores = ScalabilityEnvelope.MaxPods / TenantTier.PodsPerRequestedCore;

    /// <summary>Most GiB one tenant's quota may request: <see cref="MaxTenantCpuCores"/> at the table's largest GiB per vCPU (the memory-optimized families').</summary>
    public static readonly int MaxTenantMemoryGiB = MaxTenantCpuCores * Ec2InstanceTypes.Families.Max(family => family.MemoryGiBPerVcpu);

    /// <summary>Most BestEffort pods one batch tenant may run: the cluster's pod envelope.</summary>
    public const int MaxTenantBestEffortPods = ScalabilityEnvelope.MaxPods;

    private static readonly StackLayer[] ClusterOnly = [StackLayer.Cluster];
    private static readonly StackLayer[] PlatformOnly = [StackLayer.Platform];

    public static ConfigKey Region { get; } = new("region", ConfigValueType.Text, "AWS region of every resource; read from the AWS provider's own key.")
    {
        Namespace = "aws",
        Required = true,
        Range = "a commercial AWS region (see AwsRegions)",
        Example = "eu-west-1",
    };

    public static ConfigKey Environment { get; } = new("environment", ConfigValueType.Text, "Environment whose profile supplies every default.")
    {
        Required = true,
        Range = string.Join(" | ", ConfigSpelling.Choices<EnvironmentName>()),
        Example = "prod",
    };

    public static ConfigKey Layer { get; } = new("layer", ConfigValueType.Text, "What the stack deploys: AWS resources (cluster) or Kubernetes resources (platform).")
    {
        Default = "platform when the stack name ends in -platform, otherwise cluster",
        Range = string.Join(" | ", ConfigSpelling.Choices<StackLayer>()),
        Example = "platform",
    };

    public static ConfigKey ClusterName { get; } = new("clusterName", ConfigValueType.Text, "Name of the cluster, prefix of its AWS resource names and tags.")
    {
        Default = "infra-<environment>",
        Range = $"lower-case letters, digits and '-', starting with a letter, not ending with '-', 1..{MaxClusterNameLength} characters",
        Example = "infra-prod",
    };

    public static ConfigKey Owner { get; } = new("owner", ConfigValueType.Text, "Team answerable for the cluster; tagged on every AWS resource.")
    {
        Required = true,
        Range = "an AWS tag value: 1..256 letters, digits, spaces and _.:/=+-@",
        Example = "platform-team",
    };

    public static ConfigKey CostCenter { get; } = new("costCenter", ConfigValueType.Text, "Cost center billed for the cluster; tagged on every AWS resource.")
    {
        Required = true,
        Range = "an AWS tag value: 1..256 letters, digits, spaces and _.:/=+-@",
        Example = "cc-1234",
    };

    public static ConfigKey AvailabilityZones { get; } = new("availabilityZones", ConfigValueType.TextList, "Availability zones the subnets, nodes and control plane spread over.")
    {
        Layers = ClusterOnly,
        Default = "the region's first zones, as many as the profile's default (dev 2, staging 3, prod 3)",
        Range = $"distinct zones of aws:region; at least the profile's minimum (dev 1, staging 3, prod 3), at most {MaxAvailabilityZones}",
        Example = "[eu-west-1a, eu-west-1b, eu-west-1c]",
    };

    /// <summary>
    /// Prefixes /16 (the largest VPC AWS allows) to /24 (an adopted VPC's own range may be that small). A created VPC is
    /// carved (<see cref="SubnetCarving"/>) and its subnets must hold the cluster at its pools' maxima (<see cref="AddressPlan"/>):
    /// at /21 and longer its public subnets are under the /27 a load balancer needs, so /20 is the smallest created VPC.
    /// The platform layer reads it too: the kubelet serving-certificate approver accepts node addresses in it only.
    /// </summary>
    public static ConfigKey VpcCidr { get; } = new("vpcCidr", ConfigValueType.Cidr, "Address range of the VPC (or of the adopted VPC).")
    {
        Default = "from profile: dev 10.10.0.0/16, staging 10.20.0.0/16, prod 10.30.0.0/16",
        Minimum = 16,
        Maximum = 24,
        Range = "/16../24 inside an RFC 1918 range (adopted); a created VPC /16../20, its subnets holding the cluster at the pools' maxima (components/Network/AddressPlan.cs)",
        Example = "10.0.0.0/16",
    };

    public static ConfigKey ExistingVpc { get; } = new("existingVpc", ConfigValueType.Structure, "Adopt an existing VPC instead of creating one.")
    {
        Layers = ClusterOnly,
        Default = "unset: the stack creates the VPC",
        Range = $"{{vpcId: vpc-..., privateSubnetIds: [one per zone, in zone order], privateSubnetCidrs: [their ranges, same order], publicSubnetIds: [one per zone, or none for an internal-only cluster], existingEndpoints: [interface endpoints the VPC already has, not created again: {string.Join(", ", VpcEndpoints.InterfaceServices)}]}}",
        Example = "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0123456789abcdef0], privateSubnetCidrs: [10.30.32.0/19]}",
    };

    public static ConfigKey NatMode { get; } = new("natMode", ConfigValueType.Text, "NAT gateways for private subnets' egress.")
    {
        Layers = ClusterOnly,
        Default = "from profile: dev single, staging perZone, prod perZone",
        Range = string.Join(" | ", ConfigSpelling.Choices<NatMode>()),
        Example = "perZone",
    };

    public static ConfigKey NodePools { get; } = new("nodePools", ConfigValueType.Structure, "Worker node pools; fields a pool leaves out come from the profile's default pool.")
    {
        Layers = ClusterOnly,
        Default = "one pool 'general' from profile (dev 2..10 m7i.large, staging 3..100 m6i/m6a.xlarge, prod 3..1000 m6i/m6a.xlarge)",
        Range = $"map name -> pool or list of pools with name; kind {string.Join(" | ", ConfigSpelling.Choices<NodePoolKind>())} (default general; other kinds default to their preset); min 0..{MaxNodes}, max 1..{MaxNodes}, min <= desired <= max, instanceTypes non-empty, of the instance type table and one architecture; spotPercentage 0..100 above onDemandBase 0..max; localSsd true or false (true only for instance types with NVMe instance store)",
        Example = "{general: {kind: general, min: 3, max: 100, desired: 3, instanceTypes: [m6i.xlarge]}}",
    };

    public static ConfigKey ExpectedNodes { get; } = new("expectedNodes", ConfigValueType.Number, "Planned cluster size; control-plane, network, DNS and Cluster Autoscaler settings are derived from it. A platform stack takes its cluster stack's; a different value there is refused.")
    {
        Default = "from profile: dev 10, staging 100, prod 1000; on a platform stack, its cluster stack's",
        Minimum = 1,
        Maximum = MaxNodes,
        Range = $"1..{MaxNodes}",
        Example = "1000",
    };

    public static ConfigKey AssumeRoleArn { get; } = new("assumeRoleArn", ConfigValueType.Text, "IAM role the AWS provider assumes to deploy.")
    {
        Default = "unset: the caller's credentials deploy",
        Range = "arn:aws:iam::<12 digits>:role/<name>",
        Example = "arn:aws:iam::123456789012:role/infra-deployer",
    };

    public static ConfigKey ClusterStack { get; } = new("clusterStack", ConfigValueType.Text, "Stack reference to the cluster layer whose kubeconfig the platform layer uses.")
    {
        Layers = PlatformOnly,
        Default = "<organization>/infra/<environment>, built at deploy time",
        Range = "<organization>/<project>/<stack>",
        Example = "acme/infra/prod",
    };

    public static ConfigKey Kubeconfig { get; } = new("kubeconfig", ConfigValueType.Text, "Bring your own kubeconfig instead of the cluster stack's; never read by the compiler.")
    {
        Secret = true,
        Layers = PlatformOnly,
        Default = "unset: the kubeconfig comes from clusterStack",
        Range = "a kubeconfig document, set with: pulumi config set --secret infra:kubeconfig < kubeconfig.yaml",
    };

    public static ConfigKey Policy { get; } = new("policy", ConfigValueType.Map, "Enforcement per policy rule id; prod refuses to lower a mandatory rule (use a waiver).")
    {
        Default = "each rule at its level for the environment: rules marked mandatory bind in prod, every rule is advisory in dev and staging",
        Range = $"map rule-id -> {string.Join(" | ", ConfigSpelling.Choices<Enforcement>())}",
        Example = "{AWS-004: mandatory}",
    };

    /// <summary>Prefixes /8 (the largest private range) to /20 (16 nodes, the smallest useful cluster); <see cref="AddressPlan"/> checks it holds every node.</summary>
    public static ConfigKey PodCidr { get; } = new("podCidr", ConfigValueType.Cidr, "Pod network (one block per node: /24 up to 128 pods per node, /23 up to 256).")
    {
        Default = "100.64.0.0/10",
        Minimum = 8,
        Maximum = 20,
        Range = "/8../20 inside RFC 1918 or RFC 6598 space, holding a block per node (two addresses per pod slot) at the pools' maxima (workers and control plane), overlapping neither the VPC nor serviceCidr",
        Example = "100.64.0.0/10",
    };

    /// <summary>Prefixes /12 (the largest the API server accepts: 20 host bits) to /24 (254 services).</summary>
    public static ConfigKey ServiceCidr { get; } = new("serviceCidr", ConfigValueType.Cidr, "Kubernetes service network.")
    {
        Default = "10.96.0.0/12",
        Minimum = 12,
        Maximum = 24,
        Range = "/12../24 inside RFC 1918 or RFC 6598 space, overlapping neither the VPC nor podCidr",
        Example = "10.96.0.0/12",
    };

    public static ConfigKey ApiAllowedCidrs { get; } = new("apiAllowedCidrs", ConfigValueType.CidrList, "Networks outside the VPC allowed to reach the Kubernetes API.")
    {
        Layers = ClusterOnly,
        Default = "empty: the API is reachable from inside the VPC only",
        Range = "distinct IPv4 CIDRs; 0.0.0.0/0 is finding AWS-012, mandatory in prod: only a waiver in policies/waivers.yaml accepts it",
        Example = "[203.0.113.0/24]",
    };

    /// <summary>
    /// Stateful machines (etcd members, control-plane nodes) run a pinned image so a new Ubuntu release reaches them only
    /// when an operator records it here; workers keep Canonical's moving parameter (stateless, rolled by instance refresh).
    /// </summary>
    public static ConfigKey Images { get; } = new("images", ConfigValueType.Structure, "Pinned machine image of etcd members and control-plane nodes, per architecture.")
    {
        Layers = ClusterOnly,
        Default = "unset: the newest Ubuntu 24.04 amd64 image of the region when a machine is created; refused in prod by CP-009 (mandatory there)",
        Range = "map architecture (amd64 | arm64) -> {ami: ami-<8 or 17 hex digits> in aws:region, kernel: the image's kernel such as 6.8.0-1021-aws, name: the image's published name}; amd64 required",
        Example = "{amd64: {ami: ami-0123456789abcdef0, kernel: 6.8.0-1021-aws, name: ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250115}}",
    };

    /// <summary>
    /// The one stateful machine a <c>pulumi up</c> may replace. Every other etcd member and control-plane node ignores
    /// changes to its image and user data, so a single value can never replace two members of a quorum.
    /// </summary>
    public static ConfigKey Rollout { get; } = new("rollout", ConfigValueType.Text, "The one etcd member or control-plane node that takes the current image and user data in this update.")
    {
        Layers = ClusterOnly,
        Default = "unset: no existing member or node changes image or user data; new ones are created from the current values",
        Range = "an etcd member of the stack (etcd-a, ..., etcd-events-a, ...) or control-plane-<zone> of one of its zones",
        Example = "etcd-a",
    };

    /// <summary>
    /// NodeLocal DNSCache on or off, against the size rule (<see cref="Dns.ClusterDns.NodeLocalDnsThreshold"/>). The
    /// cluster stack points every kubelet at the cache, the platform stack runs it: the platform reads the cluster
    /// stack's value.
    /// </summary>
    public static ConfigKey NodeLocalDns { get; } = new("nodeLocalDns", ConfigValueType.Text, "NodeLocal DNSCache on every node, which the kubelets give pods as their DNS server.")
    {
        Layers = ClusterOnly,
        Default = $"on from {Dns.ClusterDns.NodeLocalDnsThreshold} expected nodes, off below",
        Range = "true | false",
        Example = "true",
    };

    /// <summary>
    /// Where the cluster's DNS (CoreDNS and NodeLocal DNSCache, in the platform stack) forwards names that are not the
    /// cluster's: per stack, because corporate zones and resolvers differ by account and network. Read from the cluster
    /// stack like the rest of the DNS plan.
    /// </summary>
    public static ConfigKey DnsUpstreams { get; } = new("dnsUpstreams", ConfigValueType.Structure, "Resolvers the cluster's DNS forwards to: for stub domains, and for everything else.")
    {
        Layers = ClusterOnly,
        Default = "unset: everything goes to the node's resolver (the VPC resolver), no stub domains",
        Range = "{default: [IP addresses], stubDomains: {domain: [IP addresses]}}, either part optional",
        Example = "{stubDomains: {corp.example.com: [10.200.0.10, 10.200.0.11]}}",
    };

    /// <summary>
    /// Tenant namespaces, per platform stack: each tenant's budget is a quota (seed 004: a business's quota comes from its
    /// budget), its namespace is an application namespace like every workload's (<see cref="PlatformNamespace"/>).
    /// </summary>
    public static ConfigKey Tenants { get; } = new("tenants", ConfigValueType.Structure, "Tenant namespaces, each with its quota, a limit range (service tier), default-deny network policies and no instance metadata.")
    {
        Layers = PlatformOnly,
        Default = "unset: no tenant namespaces",
        Range = $"map namespace -> {{tier: {TenantTier.ServiceName} | {TenantTier.BatchName}, cpu: requested cores 1..{MaxTenantCpuCores}, memory: requested GiB 1..{MaxTenantMemoryGiB}, bestEffortPods: 1..{MaxTenantBestEffortPods} (batch only, required there)}}; a namespace is a DNS label (lower-case letters, digits and '-', at most 63 characters), none of {string.Join(", ", NamespaceNames.Reserved)} or {NamespaceNames.KubernetesPrefix}*",
        Example = "{storefront: {tier: service, cpu: 64, memory: 256}, analytics: {tier: batch, cpu: 32, memory: 128, bestEffortPods: 50}}",
    };

    /// <summary>Every key, in the order of the config reference and of error reports.</summary>
    public static IReadOnlyList<ConfigKey> Keys { get; } =
    [
        Region, Environment, Layer, ClusterName, Owner, CostCenter, AvailabilityZones, VpcCidr, ExistingVpc, NatMode,
        NodePools, ExpectedNodes, AssumeRoleArn, ClusterStack, Kubeconfig, Policy, PodCidr, ServiceCidr, ApiAllowedCidrs,
        Images, Rollout, NodeLocalDns, DnsUpstreams, Tenants,
    ];

    public static ConfigKey? Find(string fullName) => Keys.FirstOrDefault(key => key.FullName == fullName);

    /// <summary>True for keys of this project's namespace, which the schema must know.</summary>
    public static bool IsOwnKey(string fullName) => fullName.StartsWith(ProjectNamespace + ":", StringComparison.Ordinal);
}
