using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Dns;
using Infra.Etcd;
using Infra.Kubelet;
using Infra.Network;
using Infra.NodePools;
using Infra.Policies.Engine;
using Infra.Policies.Packs;
using Infra.Software;

namespace Infra.Stacks.Config;

/// <summary>
/// Turns raw config of one stack into a <see cref="StackConfig"/>, whichever path it was read from.
/// Reporting: every problem is reported, one per line, in this order: the foundation keys (aws:region,
/// infra:environment, infra:layer), and if those are wrong nothing else (the other checks depend on them);
/// then unknown or misplaced keys (a misplaced key once, its value unread); then each key in schema order; then checks
/// across keys.
/// </summary>
internal sealed partial class StackConfigParser
{
    private readonly ConfigReport report;
    private readonly ConfigNodeReader read;
    private readonly string stackName;
    private readonly IReadOnlyDictionary<string, RawConfigValue> values;

    public StackConfigParser(string source, string stackName, IReadOnlyDictionary<string, RawConfigValue> values)
    {
        report = new ConfigReport(source);
        read = new ConfigNodeReader(report, values);
        this.stackName = stackName;
        this.values = values;
    }

    public StackConfig Parse()
    {
        var region = ReadRegion();
        var environment = ReadEnvironment();
        var layer = ReadLayer();
        report.ThrowIfAny();
        var profile = EnvironmentProfile.For(environment!.Value);

        CheckKeys(layer!.Value, profile.Name);
        var clusterName = ReadClusterName(profile.Name);
        var owner = ReadTag(ConfigSchema.Owner);
        var costCenter = ReadTag(ConfigSchema.CostCenter);
        var zones = ReadAvailabilityZones(region!, profile);
        var vpcCidr = ReadCidr(ConfigSchema.VpcCidr, vpc: true) ?? profile.VpcCidr;
        var existingVpc = ReadExistingVpc(zones, vpcCidr);
        var natMode = read.Choice<NatMode>(ConfigSchema.NatMode) ?? profile.NatMode;
        // Expected nodes first: a pool of another kind than the profile's takes its share of them as its max.
        var statedExpectedNodes = read.Integer(ConfigSchema.ExpectedNodes);
        var expectedNodes = statedExpectedNodes ?? profile.ExpectedNodes;
        var nodePools = new NodePoolParser(read).Read(ConfigSchema.NodePools, profile.DefaultNodePool, expectedNodes);
        var assumeRoleArn = ReadMatching(ConfigSchema.AssumeRoleArn, RoleArnPattern(), "is not an IAM role ARN");
        var clusterStack = ReadMatching(ConfigSchema.ClusterStack, StackReferencePattern(), "is not a fully qualified stack name");
        var policy = ReadPolicy();
        var podCidr = ReadCidr(ConfigSchema.PodCidr, vpc: false) ?? profile.PodCidr;
        var serviceCidr = ReadCidr(ConfigSchema.ServiceCidr, vpc: false) ?? profile.ServiceCidr;
        var apiAllowedCidrs = ReadApiAllowedCidrs();
        var images = ReadImages();
        var rollout = ReadRollout(zones, profile, expectedNodes);
        var nodeLocalDns = ReadSwitch(ConfigSchema.NodeLocalDns);
        var dnsUpstreams = ReadDnsUpstreams();
        var tenants = new TenantParser(read).Read(ConfigSchema.Tenants);

        CheckNetworksApart(vpcCidr, podCidr, serviceCidr);
        if (layer == StackLayer.Cluster && !report.HasProblems)
        {
            CheckAddressPlan(PlanOf(zones, vpcCidr, existingVpc, nodePools, podCidr, profile, expectedNodes), vpcCidr, existingVpc);
        }

        CheckOneKubeconfigSource();
        CheckPublicSubnetsForApi(existingVpc, apiAllowedCidrs);
        report.ThrowIfAny();

        return new StackConfig
        {
            StackName = stackName,
            Environment = profile.Name,
            Layer = layer.Value,
            Profile = profile,
            ClusterName = clusterName,
            Owner = owner,
            CostCenter = costCenter,
            Region = region!,
            AvailabilityZones = new(zones),
            VpcCidr = vpcCidr,
            ExistingVpc = existingVpc,
            NatMode = natMode,
            NodePools = nodePools,
            ExpectedNodes = expectedNodes,
            ExpectedNodesStated = statedExpectedNodes is not null,
            AssumeRoleArn = assumeRoleArn,
            ClusterStack = clusterStack,
            PodCidr = podCidr,
            ServiceCidr = serviceCidr,
            ApiAllowedCidrs = apiAllowedCidrs,
            Policy = policy,
            Images = images,
            Rollout = rollout,
            NodeLocalDns = nodeLocalDns,
            DnsUpstreams = dnsUpstreams,
            Tenants = tenants,
            SecretsSet = new(values.Where(v => v.Value is RawSecret).Select(v => v.Key).Order(StringComparer.Ordinal)),
            PassThroughKeys = new(values.Keys.Where(k => !ConfigSchema.IsOwnKey(k) && ConfigSchema.Find(k) is null).Order(StringComparer.Ordinal)),
        };
    }

    private string? ReadRegion()
    {
        var key = ConfigSchema.Region;
        if (!read.IsSet(key))
        {
            report.Missing(key.FullName, $"run `pulumi config set aws:region <region>`, e.g. {key.Example}");
            return null;
        }

        var region = read.Text(key);
        if (region is not null && !AwsRegions.IsKnown(region))
        {
            report.Bad(key.FullName, ConfigReport.Quote(region), $"is not a commercial AWS region{DidYouMean.Hint(region, AwsRegions.Codes)}: use one such as eu-west-1 or us-east-1");
            return null;
        }

        return region;
    }

    /// <summary>A stack named after an environment (<c>prod</c>, <c>prod-platform</c>) must configure that environment:
    /// a copied file that still says <c>dev</c> would deploy dev's sizes and rules as prod.</summary>
    private EnvironmentName? ReadEnvironment()
    {
        var key = ConfigSchema.Environment;
        if (!read.IsSet(key))
        {
            report.Missing(key.FullName, $"run `pulumi config set {key.FullName} <{string.Join("|", ConfigSpelling.Choices<EnvironmentName>())}>`");
            return null;
        }

        var environment = read.Choice<EnvironmentName>(key);
        var named = stackName.EndsWith(ConfigSchema.PlatformStackSuffix, StringComparison.Ordinal) ? stackName[..^ConfigSchema.PlatformStackSuffix.Length] : stackName;
        if (environment is { } value && ConfigSpelling.TryParse<EnvironmentName>(named, out var byName) && byName != value)
        {
            var text = ConfigSpelling.Text(value);
            report.Bad(key.FullName, ConfigReport.Quote(text), $"contradicts the stack name '{stackName}': set it to {named}, or deploy {text} from stack {text} or {text}{ConfigSchema.PlatformStackSuffix}");
            return null;
        }

        return environment;
    }

    /// <summary>The layer follows the stack name unless set; an explicit layer must not contradict a <c>-platform</c> name,
    /// since deploying the cluster layer from a platform stack would create a second cluster.</summary>
    private StackLayer? ReadLayer()
    {
        var named = stackName.EndsWith(ConfigSchema.PlatformStackSuffix, StringComparison.Ordinal) ? StackLayer.Platform : StackLayer.Cluster;
        if (!read.IsSet(ConfigSchema.Layer))
        {
            return named;
        }

        var layer = read.Choice<StackLayer>(ConfigSchema.Layer);
        if (layer == StackLayer.Cluster && named == StackLayer.Platform)
        {
            report.Bad(ConfigSchema.Layer.FullName, ConfigReport.Quote(ConfigSpelling.Text(layer.Value)), $"contradicts the stack name '{stackName}': remove the key, or deploy the cluster layer from a stack without the {ConfigSchema.PlatformStackSuffix} suffix");
            return null;
        }

        return layer;
    }

    /// <summary>Unknown keys of this project's namespace or of a provider's (likely typos), keys of unknown namespaces, keys
    /// without a namespace, credentials in plain text, and keys the layer does not read.</summary>
    private void CheckKeys(StackLayer layer, EnvironmentName environment)
    {
        var ownKeys = ConfigSchema.Keys.Where(k => ConfigSchema.IsOwnKey(k.FullName)).Select(k => k.FullName).ToList();
        foreach (var (name, raw) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var key = ConfigSchema.Find(name);
            var shown = raw is RawSecret || key is { Secret: true } ? ConfigReport.SecretMask : Show(raw);
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                report.Bad(name, shown, $"has no namespace: write it as {ConfigSchema.ProjectNamespace}:{name}{DidYouMean.Hint($"{ConfigSchema.ProjectNamespace}:{name}", ownKeys)}");
            }
            else if (key is null && ConfigSchema.IsOwnKey(name))
            {
                report.Bad(name, shown, $"is not a known key{DidYouMean.Hint(name, ownKeys)}: rename or remove it (the README's config reference lists every key)");
            }
            else if (key is null && !ProviderConfigKeys.IsKnown(name))
            {
                var known = string.Join(", ", [ConfigSchema.ProjectNamespace, .. ProviderConfigKeys.Namespaces]);
                report.Bad(name, shown, $"is not a key of {known}{DidYouMean.Hint(name, [.. ownKeys, .. ProviderConfigKeys.FullNames])}: rename or remove it (nothing reads it)");
            }
            else if (key is null && !ProviderConfigKeys.IsPulumiSetting(name))
            {
                report.Bad(name, ProviderConfigKeys.SecretKeys.Contains(name) ? ConfigReport.SecretMask : shown, ProviderConfigKeys.Unread(name));
            }
            else if (key is not null && !key.Layers.Contains(layer))
            {
                var home = key.Layers.Contains(StackLayer.Platform) ? $"{ConfigSpelling.Text(environment)}{ConfigSchema.PlatformStackSuffix}" : ConfigSpelling.Text(environment);
                report.Bad(name, shown, $"is not read by the {ConfigSpelling.Text(layer)} layer: move it to Pulumi.{home}.yaml");
                read.SetAside(name);
            }
            else if (key is { Secret: true } && raw is not RawSecret)
            {
                report.Bad(name, shown, $"is stored in plain text: remove it from the file and run `pulumi config set --secret {name} <value>`");
            }
            else if (key is { Secret: false } && raw is RawSecret)
            {
                read.RefuseSecret(key);
            }
        }
    }

    private string ReadClusterName(EnvironmentName environment)
    {
        var key = ConfigSchema.ClusterName;
        var name = read.Text(key) ?? $"{ConfigSchema.ProjectNamespace}-{ConfigSpelling.Text(environment)}";
        if (name.Length == 0 || name.Length > ConfigSchema.MaxClusterNameLength || !DnsLabelPattern().IsMatch(name))
        {
            report.Bad(key.FullName, ConfigReport.Quote(name), $"is not a valid cluster name: use {key.Range}, such as {key.Example}");
        }

        return name;
    }

    private string ReadTag(ConfigKey key)
    {
        if (!read.IsSet(key))
        {
            report.Missing(key.FullName, $"every AWS resource is tagged with it; run `pulumi config set {key.FullName} <value>`, e.g. {key.Example}");
            return "";
        }

        var value = read.Text(key) ?? "";
        if (!TagValuePattern().IsMatch(value))
        {
            report.Bad(key.FullName, ConfigReport.Quote(value), $"is not a usable tag value: use {key.Range}, such as {key.Example}");
        }

        return value;
    }

    private IReadOnlyList<string> ReadAvailabilityZones(string region, EnvironmentProfile profile)
    {
        var key = ConfigSchema.AvailabilityZones;
        var regionZones = AwsRegions.Zones(region);
        var count = $"from {profile.MinAvailabilityZones} ({ConfigSpelling.Text(profile.Name)}'s minimum) to {ConfigSchema.MaxAvailabilityZones}";
        if (!read.IsSet(key))
        {
            if (regionZones.Count < profile.MinAvailabilityZones)
            {
                report.Bad(ConfigSchema.Region.FullName, ConfigReport.Quote(region), $"has {regionZones.Count} zones but {ConfigSpelling.Text(profile.Name)} needs {profile.MinAvailabilityZones}: choose a region with more zones");
            }

            return [.. regionZones.Take(profile.DefaultAvailabilityZones)];
        }

        if (read.TextList(read.Structured(key), key.FullName, key.Example) is not { } zones)
        {
            return [];
        }

        for (var i = 0; i < zones.Count; i++)
        {
            if (!regionZones.Contains(zones[i]))
            {
                var problem = ZoneNamePattern().IsMatch(zones[i]) ? $"is not a zone of aws:region {region}" : "is not an availability zone name";
                report.Bad($"{key.FullName}[{i}]", ConfigReport.Quote(zones[i]), $"{problem}: use one of {string.Join(", ", regionZones)}");
            }
        }

        read.RejectDuplicates(zones, key.FullName);
        if (zones.Count < profile.MinAvailabilityZones || zones.Count > ConfigSchema.MaxAvailabilityZones)
        {
            report.Bad(key.FullName, ConfigReport.Quote(string.Join(", ", zones)), $"lists {zones.Count} zones: list {count}");
        }

        return zones;
    }

    /// <summary>A network's CIDR within a prefix range; the VPC must be RFC 1918 (AWS routes nothing else privately),
    /// pod and service networks may also use RFC 6598 shared space.</summary>
    private Ipv4Cidr? ReadCidr(ConfigKey key, bool vpc)
    {
        if (read.Text(key) is not { } text || read.Cidr(text, key.FullName) is not { } cidr)
        {
            return null;
        }

        var shown = ConfigReport.Quote(text);
        if (cidr.PrefixLength < key.Minimum || cidr.PrefixLength > key.Maximum)
        {
            report.Bad(key.FullName, shown, $"has prefix /{cidr.PrefixLength}: use a prefix from /{key.Minimum} to /{key.Maximum}, such as {key.Example}");
        }
        else if (vpc ? !cidr.IsRfc1918 : !cidr.IsPrivateOrShared)
        {
            var ranges = vpc ? "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16" : "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10";
            report.Bad(key.FullName, shown, $"is not a private network: use a network inside {ranges}");
        }

        return cidr;
    }

    private ExistingVpcConfig? ReadExistingVpc(IReadOnlyList<string> zones, Ipv4Cidr vpcCidr)
    {
        var key = ConfigSchema.ExistingVpc;
        if (!read.IsSet(key) || read.Map(read.Structured(key), key.FullName, key.Example) is not { } map)
        {
            return null;
        }

        read.RejectUnknownFields(map, key.FullName, ["vpcId", "publicSubnetIds", "privateSubnetIds", "privateSubnetCidrs", "existingEndpoints"]);
        var vpcId = map["vpcId"] is { } idNode ? read.Text(idNode, $"{key.FullName}.vpcId", "vpc-0123456789abcdef0") : null;
        if (vpcId is null)
        {
            report.Missing($"{key.FullName}.vpcId", "add the id of the VPC to adopt, such as vpc-0123456789abcdef0");
        }
        else if (!VpcIdPattern().IsMatch(vpcId))
        {
            report.Bad($"{key.FullName}.vpcId", ConfigReport.Quote(vpcId), "is not a VPC id: use vpc- followed by 8 or 17 hex digits, such as vpc-0123456789abcdef0");
        }

        var privateIds = ReadSubnetIds(map, key.FullName, "privateSubnetIds");
        var publicIds = ReadSubnetIds(map, key.FullName, "publicSubnetIds");
        if (map["privateSubnetIds"] is null)
        {
            report.Missing($"{key.FullName}.privateSubnetIds", $"list one private subnet per availability zone, in the order of {ConfigSchema.AvailabilityZones.FullName}");
        }
        else if (privateIds.Count != zones.Count)
        {
            report.Bad($"{key.FullName}.privateSubnetIds", ConfigReport.Quote(string.Join(", ", privateIds)), $"lists {privateIds.Count} subnets for {zones.Count} zones ({string.Join(", ", zones)}): list one private subnet per zone, in zone order");
        }

        if (publicIds.Count != 0 && publicIds.Count != zones.Count)
        {
            report.Bad($"{key.FullName}.publicSubnetIds", ConfigReport.Quote(string.Join(", ", publicIds)), $"lists {publicIds.Count} subnets for {zones.Count} zones ({string.Join(", ", zones)}): list one public subnet per zone, in zone order, or none for an internal-only cluster");
        }

        read.RejectDuplicates([.. privateIds, .. publicIds], $"{key.FullName}.subnets");
        var privateCidrs = ReadPrivateSubnetCidrs(map, key.FullName, zones, vpcCidr);
        return new ExistingVpcConfig
        {
            VpcId = vpcId ?? "",
            PrivateSubnetIds = new(privateIds),
            PrivateSubnetCidrs = new(privateCidrs),
            PublicSubnetIds = new(publicIds),
            ExistingEndpoints = new(ReadExistingEndpoints(map, key.FullName)),
        };
    }

    /// <summary>Interface endpoints the adopted VPC already has, by service suffix; each must be one the stack would create.</summary>
    private List<string> ReadExistingEndpoints(JsonObject map, string path)
    {
        var fieldPath = $"{path}.existingEndpoints";
        var services = VpcEndpoints.InterfaceServices;
        var listed = map["existingEndpoints"] is { } node ? read.TextList(node, fieldPath, "[ssm, sts]") ?? [] : [];
        foreach (var (service, i) in listed.Select((service, i) => (service, i)).Where(s => !services.Contains(s.service, StringComparer.Ordinal)))
        {
            report.Bad($"{fieldPath}[{i}]", ConfigReport.Quote(service), $"is not an interface endpoint the stack creates{DidYouMean.Hint(service, services)}: use one of {string.Join(", ", services)}");
        }

        read.RejectDuplicates(listed, fieldPath);
        return [.. listed];
    }

    /// <summary>The private subnets' ranges, one per zone inside the VPC: etcd members take fixed addresses in them.</summary>
    private List<Ipv4Cidr> ReadPrivateSubnetCidrs(JsonObject map, string path, IReadOnlyList<string> zones, Ipv4Cidr vpcCidr)
    {
        var fieldPath = $"{path}.privateSubnetCidrs";
        if (map["privateSubnetCidrs"] is not { } node)
        {
            report.Missing(fieldPath, $"list the CIDR of each private subnet, in the order of privateSubnetIds (etcd members take fixed addresses in them), such as [10.30.32.0/19]");
            return [];
        }

        var cidrs = new List<Ipv4Cidr>();
        foreach (var (text, i) in (read.TextList(node, fieldPath, "[10.30.32.0/19]") ?? []).Select((text, i) => (text, i)))
        {
            if (!Ipv4Cidr.TryParse(text, out var cidr, out var problem))
            {
                report.Bad($"{fieldPath}[{i}]", ConfigReport.Quote(text), problem);
            }
            else if (!vpcCidr.Contains(cidr))
            {
                report.Bad($"{fieldPath}[{i}]", ConfigReport.Quote(text), $"is outside the VPC's {vpcCidr} ({ConfigSchema.VpcCidr.FullName}): give the subnet's own range, inside the VPC");
            }
            else
            {
                cidrs.Add(cidr);
            }
        }

        if (cidrs.Count != zones.Count)
        {
            report.Bad(fieldPath, ConfigReport.Quote(string.Join(", ", cidrs)), $"lists {cidrs.Count} ranges for {zones.Count} zones: list one private subnet range per zone, in zone order");
        }

        return cidrs;
    }

    private List<string> ReadSubnetIds(JsonObject map, string path, string field)
    {
        var fieldPath = $"{path}.{field}";
        var ids = map[field] is { } node ? read.TextList(node, fieldPath, "[subnet-0123456789abcdef0]") ?? [] : [];
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(s => !SubnetIdPattern().IsMatch(s.id)))
        {
            report.Bad($"{fieldPath}[{i}]", ConfigReport.Quote(id), "is not a subnet id: use subnet- followed by 8 or 17 hex digits, such as subnet-0123456789abcdef0");
        }

        return [.. ids];
    }

    private string? ReadMatching(ConfigKey key, Regex pattern, string problem)
    {
        var text = read.Text(key);
        if (text is not null && !pattern.IsMatch(text))
        {
            report.Bad(key.FullName, ConfigReport.Quote(text), $"{problem}: use {key.Range}, such as {key.Example}");
            return null;
        }

        return text;
    }

    /// <summary>The architectures an image may be pinned for: those the software pins carry downloads for.</summary>
    private static readonly string[] ArchitectureNames = [.. CpuArchitecture.All.Select(architecture => architecture.Name)];

    private static readonly SortedSet<string> KnownRuleIds = new(PolicyPacks.All.Rules.Select(rule => rule.Id), StringComparer.Ordinal);

    private EquatableDictionary<Enforcement> ReadPolicy()
    {
        var key = ConfigSchema.Policy;
        if (!read.IsSet(key) || read.Map(read.Structured(key), key.FullName, key.Example) is not { } map)
        {
            return new([]);
        }

        var levels = new Dictionary<string, Enforcement>();
        foreach (var (ruleId, node) in map)
        {
            var path = $"{key.FullName}.{ruleId}";
            if (!KnownRuleIds.Contains(ruleId))
            {
                report.Bad(path, ConfigReport.Quote(ruleId), $"is not a policy rule id{DidYouMean.Hint(ruleId, KnownRuleIds)}: use an id from policies/README.md, as `infra policy` prints it");
            }
            else if (read.Text(node, path, "mandatory") is { } text && read.Choice<Enforcement>(text, path) is { } level)
            {
                levels[ruleId] = level;
            }
        }

        return new(levels);
    }

    private EquatableList<Ipv4Cidr> ReadApiAllowedCidrs()
    {
        var key = ConfigSchema.ApiAllowedCidrs;
        if (!read.IsSet(key) || read.TextList(read.Structured(key), key.FullName, key.Example) is not { } texts)
        {
            return new([]);
        }

        read.RejectDuplicates(texts, key.FullName);
        return new(texts.Select((text, i) => read.Cidr(text, $"{key.FullName}[{i}]")).OfType<Ipv4Cidr>());
    }

    private DnsUpstreams ReadDnsUpstreams()
    {
        var key = ConfigSchema.DnsUpstreams;
        if (!read.IsSet(key) || read.Map(read.Structured(key), key.FullName, key.Example) is not { } map)
        {
            return new();
        }

        read.RejectUnknownFields(map, key.FullName, ["default", "stubDomains"]);
        var stubDomains = new SortedDictionary<string, IReadOnlyList<IPAddress>>(StringComparer.Ordinal);
        if (map["stubDomains"] is { } stubNode && read.Map(stubNode, $"{key.FullName}.stubDomains", key.Example) is { } stubs)
        {
            foreach (var (domain, resolvers) in stubs)
            {
                var path = $"{key.FullName}.stubDomains.{domain}";
                if (!DnsDomainPattern().IsMatch(domain))
                {
                    report.Bad(path, ConfigReport.Quote(domain), "is not a DNS domain: use a name such as corp.example.com");
                }
                else
                {
                    stubDomains[domain] = Resolvers(resolvers, path);
                }
            }
        }

        return new DnsUpstreams
        {
            Default = map["default"] is { } defaults ? Resolvers(defaults, $"{key.FullName}.default") : [],
            StubDomains = stubDomains,
        };
    }

    /// <summary>A non-empty list of resolver addresses at <paramref name="path"/>; each bad one is reported.</summary>
    private List<IPAddress> Resolvers(JsonNode? node, string path)
    {
        var texts = read.TextList(node, path, "[10.200.0.10]") ?? [];
        if (texts.Count == 0)
        {
            report.Bad(path, ConfigReport.Show(node), "lists no resolver: give at least one IP address, such as [10.200.0.10]");
        }

        var addresses = new List<IPAddress>();
        foreach (var (text, i) in texts.Select((text, i) => (text, i)))
        {
            if (IPAddress.TryParse(text, out var address) && address.ToString() == text)
            {
                addresses.Add(address);
            }
            else
            {
                report.Bad($"{path}[{i}]", ConfigReport.Quote(text), "is not an IP address: use a resolver's address, such as 10.200.0.10");
            }
        }

        return addresses;
    }

    private EquatableDictionary<PinnedImage> ReadImages()
    {
        var key = ConfigSchema.Images;
        if (!read.IsSet(key) || read.Map(read.Structured(key), key.FullName, key.Example) is not { } map)
        {
            return new([]);
        }

        var images = new Dictionary<string, PinnedImage>(StringComparer.Ordinal);
        foreach (var (architecture, node) in map)
        {
            var path = $"{key.FullName}.{architecture}";
            if (!ArchitectureNames.Contains(architecture))
            {
                report.Bad(path, ConfigReport.Quote(architecture), $"is not an architecture{DidYouMean.Hint(architecture, ArchitectureNames)}: use {string.Join(" or ", ArchitectureNames)}");
            }
            else if (read.Map(node, path, key.Example) is { } fields)
            {
                read.RejectUnknownFields(fields, path, ["ami", "kernel", "name"]);
                var ami = ImageField(fields, path, "ami", AmiIdPattern(), "is not an AMI id: use ami- followed by 8 or 17 hex digits, such as ami-0123456789abcdef0 (the image's id in aws:region)");
                var kernel = ImageField(fields, path, "kernel", KernelVersionPattern(), "is not a kernel version: use the image's `uname -r`, such as 6.8.0-1021-aws");
                var name = ImageField(fields, path, "name", ImageNamePattern(), "is not an image name: use the name the image is published under, such as ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250115");
                if (ami is not null && kernel is not null && name is not null)
                {
                    images[architecture] = new PinnedImage(ami, kernel, name);
                }
            }
        }

        if (!report.HasProblems && !images.ContainsKey(CpuArchitecture.Amd64.Name))
        {
            report.Missing($"{key.FullName}.{CpuArchitecture.Amd64.Name}", $"etcd members and control-plane nodes run amd64 instances: add {key.Example}");
        }

        return new(images);
    }

    private string? ImageField(JsonObject fields, string path, string field, Regex pattern, string problem)
    {
        var fieldPath = $"{path}.{field}";
        if (fields[field] is not { } node)
        {
            report.Missing(fieldPath, $"add it, such as {ConfigSchema.Images.Example}");
            return null;
        }

        var text = read.Text(node, fieldPath, ConfigSchema.Images.Example);
        if (text is not null && !pattern.IsMatch(text))
        {
            report.Bad(fieldPath, ConfigReport.Quote(text), problem);
            return null;
        }

        return text;
    }

    private bool? ReadSwitch(ConfigKey key)
    {
        switch (read.Text(key))
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case var text:
                report.Bad(key.FullName, ConfigReport.Quote(text), "is not true or false: write true or false");
                return null;
        }
    }

    private string? ReadRollout(IReadOnlyList<string> zones, EnvironmentProfile profile, int expectedNodes)
    {
        var key = ConfigSchema.Rollout;
        if (read.Text(key) is not { } target || zones.Count == 0)
        {
            return null;
        }

        var targets = RolloutTargets.Of(zones, profile.EtcdMembers, EtcdEventsCluster.EnabledByDefault(expectedNodes));
        if (!targets.Contains(target, StringComparer.Ordinal))
        {
            report.Bad(key.FullName, ConfigReport.Quote(target), $"is not an etcd member or control-plane node of this stack{DidYouMean.Hint(target, targets)}: use one of {string.Join(", ", targets)}, one per update");
            return null;
        }

        return target;
    }

    /// <summary>Packets between networks that overlap are routed to the wrong one.</summary>
    private void CheckNetworksApart(Ipv4Cidr vpc, Ipv4Cidr pods, Ipv4Cidr services)
    {
        var networks = new[] { (key: ConfigSchema.VpcCidr, cidr: vpc), (key: ConfigSchema.PodCidr, cidr: pods), (key: ConfigSchema.ServiceCidr, cidr: services) };
        foreach (var (a, b) in new[] { (0, 1), (0, 2), (1, 2) })
        {
            var (first, second) = (networks[a], networks[b]);
            if (first.cidr.Overlaps(second.cidr))
            {
                var culprit = read.IsSet(second.key) ? second : first;
                var other = culprit == second ? first : second;
                report.Bad(culprit.key.FullName, ConfigReport.Quote(culprit.cidr.ToString()), $"overlaps {other.key.FullName} {other.cidr}: choose networks that do not overlap");
            }
        }
    }

    /// <summary>The cluster at its pools' maxima in the networks it would get: carved from the VPC, or adopted.</summary>
    private static AddressPlan PlanOf(IReadOnlyList<string> zones, Ipv4Cidr vpcCidr, ExistingVpcConfig? existingVpc, IReadOnlyList<NodePoolConfig> pools, Ipv4Cidr podCidr, EnvironmentProfile profile, int expectedNodes)
    {
        var carved = existingVpc is null ? SubnetCarving.Carve(vpcCidr, zones.Count) : [];
        var etcdClusters = EtcdEventsCluster.EnabledByDefault(expectedNodes) ? 2 : 1;
        return new AddressPlan
        {
            Zones = zones,
            PrivateSubnets = existingVpc is null ? [.. carved.Select(zone => Ipv4Cidr.Parse(zone.Private))] : existingVpc.PrivateSubnetCidrs,
            PublicSubnets = [.. carved.Select(zone => Ipv4Cidr.Parse(zone.Public))],
            MaxWorkerNodes = pools.Sum(pool => pool.Max),
            EtcdClusterSizes = [.. Enumerable.Repeat(profile.EtcdMembers, etcdClusters)],
            PodNetwork = podCidr,
            LargestMaxPods = PoolPodDensity.LargestMaxPods(pools, expectedNodes),
            InterfaceEndpoints = VpcEndpoints.InterfaceServices.Count(service => existingVpc?.ExistingEndpoints.Contains(service) != true),
        };
    }

    /// <summary>Each network too small for the cluster at its largest is a problem of the key that sizes it.</summary>
    private void CheckAddressPlan(AddressPlan plan, Ipv4Cidr vpcCidr, ExistingVpcConfig? existingVpc)
    {
        var pools = $"lower the pools' max in {ConfigSchema.NodePools.FullName}";
        foreach (var shortfall in plan.Shortfalls())
        {
            var vpc = (key: ConfigSchema.VpcCidr.FullName, shown: ConfigReport.Quote(vpcCidr.ToString()));
            var (path, shown, fix) = shortfall.Network switch
            {
                AddressNetwork.PodNetwork => (ConfigSchema.PodCidr.FullName, ConfigReport.Quote(plan.PodNetwork.ToString()), $"use a larger {ConfigSchema.PodCidr.FullName}, such as {ConfigSchema.PodCidr.Example}, or {pools}"),
                AddressNetwork.PublicSubnet => (vpc.key, vpc.shown, $"use a prefix of /{SubnetCarving.MaxVpcPrefixLength} or shorter in {vpc.key}: it is carved into 8 private blocks, the last cut into 16 public subnets"),
                _ when existingVpc is not null => ($"{ConfigSchema.ExistingVpc.FullName}.privateSubnetCidrs[{shortfall.Zone}]", ConfigReport.Quote(plan.PrivateSubnets[shortfall.Zone].ToString()), $"give the zone a larger private subnet, or {pools}"),
                _ => (vpc.key, vpc.shown, $"use a larger {vpc.key} such as a /16, more {ConfigSchema.AvailabilityZones.FullName}, or {pools}"),
            };
            report.Bad(path, shown, $"is too small: {shortfall.Arithmetic}: {fix}");
        }
    }

    /// <summary>Networks outside the VPC reach the API through a public load balancer, which lives in public subnets.</summary>
    private void CheckPublicSubnetsForApi(ExistingVpcConfig? existingVpc, EquatableList<Ipv4Cidr> apiAllowedCidrs)
    {
        if (existingVpc is { PublicSubnetIds.Count: 0 } && apiAllowedCidrs.Count > 0)
        {
            report.Bad(ConfigSchema.ApiAllowedCidrs.FullName, ConfigReport.Quote(string.Join(", ", apiAllowedCidrs)), $"needs a public load balancer but {ConfigSchema.ExistingVpc.FullName}.publicSubnetIds lists none: add one public subnet per zone, or remove {ConfigSchema.ApiAllowedCidrs.FullName}");
        }
    }

    private void CheckOneKubeconfigSource()
    {
        if (read.IsSet(ConfigSchema.Kubeconfig) && read.IsSet(ConfigSchema.ClusterStack))
        {
            report.Bad(ConfigSchema.Kubeconfig.FullName, ConfigReport.SecretMask, $"and {ConfigSchema.ClusterStack.FullName} are both set: keep one, the kubeconfig or the stack reference to take it from");
        }
    }

    private static string Show(RawConfigValue raw) => raw switch
    {
        RawText text => ConfigReport.Quote(text.Value),
        RawStructured structured => ConfigReport.Show(structured.Node),
        _ => ConfigReport.SecretMask,
    };

    [GeneratedRegex("^[a-z]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex DnsLabelPattern();

    /// <summary>AWS tag values: letters, digits, spaces and <c>_.:/=+-@</c>, up to 256 characters.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N} _.:/=+\-@]{1,256}$")]
    private static partial Regex TagValuePattern();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$")]
    private static partial Regex ZoneNamePattern();

    /// <summary>AWS resource ids: the prefix and 8 (older resources) or 17 hex digits.</summary>
    [GeneratedRegex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex VpcIdPattern();

    [GeneratedRegex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/[\w+=,.@/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex StackReferencePattern();

    [GeneratedRegex("^ami-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex AmiIdPattern();

    /// <summary>Ubuntu's kernel release as <c>uname -r</c> prints it: version, ABI number and flavour (6.8.0-1021-aws).</summary>
    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+-[0-9]+-[a-z0-9]+$")]
    private static partial Regex KernelVersionPattern();

    /// <summary>A DNS domain: dot-separated labels of letters, digits and hyphens, not starting or ending with a hyphen.</summary>
    [GeneratedRegex(@"^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")]
    private static partial Regex DnsDomainPattern();

    /// <summary>AMI names: 3 to 128 characters of letters, digits and <c>()[]./-'@_</c> and spaces (EC2's rule).</summary>
    [GeneratedRegex("^[A-Za-z0-9()\\[\\]./\\-'@_ ]{3,128}$")]
    private static partial Regex ImageNamePattern();

}
