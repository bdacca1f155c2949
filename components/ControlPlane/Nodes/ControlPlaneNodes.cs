using Infra.Aws;
using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Aws.Iam;
using Infra.Aws.Kms;
using Infra.Aws.Route53;
using Infra.Aws.Ssm;
using Infra.ClusterJoin;
using Infra.ControlPlane.Cis;
using Infra.ControlPlane.Endpoint;
using Infra.ControlPlane.Kubeadm;
using Infra.ControlPlane.Protection;
using Infra.Etcd;
using Infra.Kubelet;
using Infra.Model;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Network;
using Infra.Pki;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The control plane of a self-managed kubeadm cluster: one Auto Scaling group of one node per zone, registered with
/// the API load balancers; <c>api.&lt;domain&gt;</c> as an alias of the internal load balancer (kubeadm's
/// <c>controlPlaneEndpoint</c>, a name we own); a KMS key that encrypts Secrets; and the admin kubeconfig.
/// Creating or updating a group waits until its node answers <c>/readyz</c> through the load balancer
/// (<c>waitForElbCapacity</c>): the AWS provider polls the target group's health with the AWS API, so
/// <c>pulumi up</c> ends with a ready API without any network path from the operator to the private endpoint.
/// </summary>
public sealed class ControlPlaneNodes : Component
{
    /// <summary>
    /// Seconds before a new node counts as healthy: packages, images and kubeadm take about 5-10 minutes on the
    /// initializing node; 15 minutes leaves a margin without hiding a node that never comes up.
    /// </summary>
    public const int HealthCheckGraceSeconds = 900;

    /// <summary>
    /// How long <c>pulumi up</c> waits for each node to answer <c>/readyz</c>: the boot script's own wait for the
    /// initializing node (30 minutes) plus the join itself; past it the update fails and says which group.
    /// </summary>
    public const string ReadyTimeout = "40m";

    /// <summary>
    /// 2 hops for IMDSv2 token responses, one more than workers (<see cref="NodePool.MetadataHopLimit"/>): the EBS CSI
    /// controller runs on the pod network on these nodes and takes the role's credentials from IMDS. Only
    /// control-plane add-ons tolerate these nodes' taint, so no workload pod is that hop away.
    /// </summary>
    public const int MetadataHopLimit = 2;

    /// <summary>What the API servers' KMS v2 plugin calls on the secrets key: encrypt and decrypt data keys, and read the key's state.</summary>
    public static IReadOnlyList<string> SecretsKeyActions { get; } = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt"];

    /// <summary>
    /// The launch template inputs a routine update changes, which only the rolling zone's template takes: a change makes
    /// a new template version, which the group's instance refresh rolls onto its node, replacing it.
    /// </summary>
    public static IReadOnlyList<string> StagedTemplateProperties { get; } = ["imageId", "instanceType", "userData"];

    /// <summary>Every group keeps exactly this many nodes in its zone.</summary>
    public const int NodesPerZone = 1;

    private const string ApiPolicyNameStem = "control-plane";

    public ControlPlaneNodes(Scope parent, string id, ControlPlaneNodesArgs args)
        : base(parent, id)
    {
        Validate(args);
        Size = args.Size ?? ControlPlaneSize.For(args.ExpectedNodes);
        Software = args.Software;
        var account = AwsAccount.Of(Scope);
        var kms = new KmsConfiguration();
        Audit = AuditPolicy.Default();
        Encryption = EncryptionConfiguration.SecretsWithKms(kms);
        var files = ApiServerFile.For(Audit, Encryption, AuthenticationConfiguration.HealthChecksAndDiscovery());
        Cluster = ClusterConfigurationFor(args);
        // The launch template provisions no throughput, so the root volume runs at gp3's baseline.
        Kubelet = KubeletConfiguration.For(KubeletSettings.For(args.ExpectedNodes, RootVolume.BaselineThroughput)) with { ClusterDns = args.ClusterDns };

        SecretsKey = new Key(Scope, "secrets-key", new KeyArgs
        {
            Description = $"Encrypts the Secrets of cluster {args.ClusterName} in etcd (kube-apiserver KMS v2)",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            // The API servers' KMS plugin is the key's only user: it calls KMS directly, with the control-plane role.
            Policy = KeyPolicyDocument.For(account, [new KeyUser("ApiServersEncryptSecrets", [args.Role.Role.Arn], SecretsKeyActions)]).ToJson(),
            Tags = args.Tags,
        }, new ResourceOptions { Protect = true });
        var keyArnParameter = new Parameter(Scope, "secrets-key-arn", new ParameterArgs
        {
            Name = $"{args.ParameterPath}/secrets-key-arn",
            Type = ParameterType.PlainText,
            Value = SecretsKey.Arn,
            Description = $"The key the API servers of {args.ClusterName} encrypt Secrets with",
            Tags = args.Tags,
        });
        JoinParameterResources = args.Join.Declare(Scope, args.Pki.EncryptionKeyAliasName, args.Tags);
        JoinTokens = new JoinTokenPublisher(new JoinTokenPublisherArgs { Region = args.Region, Parameters = args.Join, KmsKeyId = args.Pki.EncryptionKeyAliasName });
        var grants = new RolePolicy(Scope, "role-policy", new RolePolicyArgs
        {
            Role = args.Role.Role.RoleName,
            Policy = new PolicyDocument
            {
                Statement = [.. ControlPlaneNodePermissions.For(account, SecretsKey.Arn, args.Join, args.ClusterName), .. JoinTokens.PublishStatements(account, args.Pki.EncryptionKey.Arn)],
            }.ToJson(),
        });
        var decrypt = args.Pki.AllowDecrypt(ApiPolicyNameStem, args.Role.Role.RoleName, args.Pki.Paths.ControlPlane);
        var decryptJoin = args.Pki.AllowDecrypt($"{ApiPolicyNameStem}-join", args.Role.Role.RoleName, args.Join.Path);

        ApiRecord = new Record(Scope, "api-dns", new RecordArgs
        {
            ZoneId = args.Zone.ZoneId,
            Name = ClusterDomain.ApiHost(args.ClusterName),
            Type = "A",
            Aliases = [new RecordAlias { Name = args.LoadBalancer.InternalDnsName, ZoneId = args.LoadBalancer.InternalZoneId, EvaluateTargetHealth = false }],
        });

        Renewal = new CertificateRenewal
        {
            Machine = "control-plane node",
            Region = args.Region,
            Files = [RenewedFile(args.Pki.Paths.ControlPlane, "apiserver-etcd-client.crt", "0644"), RenewedFile(args.Pki.Paths.ControlPlane, "apiserver-etcd-client.key", "0600")],
        };
        var script = new ControlPlaneBootScript
        {
            Region = args.Region,
            PkiPath = args.Pki.Paths.ControlPlane,
            KeyArnParameter = $"{args.ParameterPath}/secrets-key-arn",
            ApiEndpoint = ClusterDomain.ApiEndpoint(args.ClusterName),
            InitZone = args.Subnets[0].Zone,
            TokenParameter = args.Join.Token,
            CaCertHashParameter = args.Join.CaCertHash,
            Etcd = Cluster.Etcd.External,
            EventsEtcdServers = args.EventsEtcd?.Members.Select(member => member.ClientUrl).ToArray() ?? [],
            AfterKubeadm = [.. JoinTokenPublisher.EnableCommands, CertificateRenewal.EnableCommand],
        };
        Boot = new ControlPlaneBoot
        {
            Software = args.Software,
            ApiServerFiles = files,
            InitTemplate = KubeadmConfigFile.ForInit(InitConfigurationFor(), Cluster, Kubelet).Text,
            JoinTemplate = KubeadmConfigFile.ForJoin(JoinConfigurationFor(args.ClusterName)).Text,
            KmsPlugin = new KmsPluginPod { Region = args.Region, Kms = kms },
            Script = script,
            ExtraFiles = [.. JoinTokens.WriteFiles, .. Renewal.WriteFiles],
        };
        var cloudConfig = Boot.ToCloudConfig();

        var dependsOn = new List<Resource>
        {
            keyArnParameter, grants, decrypt, decryptJoin, ApiRecord, args.Role.Policy,
            args.Pki.ClusterCa.CertParameter, args.Pki.ClusterCa.KeyParameter,
            args.Pki.FrontProxyCa.CertParameter, args.Pki.FrontProxyCa.KeyParameter,
            args.Pki.ServiceAccountKey.PublicKeyParameter, args.Pki.ServiceAccountKey.PrivateKeyParameter,
            args.Pki.ApiServerEtcdClient.CertParameter, args.Pki.ApiServerEtcdClient.KeyParameter, args.Pki.ApiServerEtcdClient.IssuerCertParameter!,
        };
        Groups = args.Subnets.Select(subnet => NewZoneGroup(args, subnet, cloudConfig, dependsOn)).ToArray();
        Kubeconfig = AdminKubeconfig.For(
            args.ClusterName,
            args.LoadBalancer.PublicDnsName is { } publicName ? Fn.Interpolate($"https://{publicName}:{ClusterPorts.ApiServer.From}") : $"https://{ClusterDomain.ApiEndpoint(args.ClusterName)}",
            ClusterDomain.ApiHost(args.ClusterName),
            args.Pki);
    }

    public ControlPlaneSize Size { get; }

    /// <summary>The pinned software the nodes run (the control plane runs its kubelet's release).</summary>
    public NodeSoftware Software { get; }

    /// <summary>Every node keeps a fresh join token and the CA pin in SSM for joining nodes (<see cref="JoinTokenPublisher"/>).</summary>
    public JoinTokenPublisher JoinTokens { get; }

    /// <summary>The join parameters as Pulumi resources, so <c>pulumi destroy</c> deletes what the nodes wrote (<see cref="JoinParameters.Declare"/>).</summary>
    public IReadOnlyList<Parameter> JoinParameterResources { get; }

    /// <summary>The ClusterConfiguration every node runs with.</summary>
    public ClusterConfiguration Cluster { get; }

    /// <summary>The control plane's kubelet configuration, also the cluster-wide base every joining node downloads.</summary>
    public KubeletConfiguration Kubelet { get; }

    public AuditPolicy Audit { get; }

    public EncryptionConfiguration Encryption { get; }

    /// <summary>The customer managed key Secrets are encrypted with (protected: losing it loses every Secret).</summary>
    public Key SecretsKey { get; }

    /// <summary><c>api.&lt;domain&gt;</c>, alias of the internal load balancer.</summary>
    public Record ApiRecord { get; }

    /// <summary>The nodes' user data, as a model.</summary>
    public ControlPlaneBoot Boot { get; }

    /// <summary>
    /// Renews the API server's etcd client certificate on every node: the only leaf certificate the nodes read from SSM
    /// (the kubelet rotates its own client certificate, rotateCertificates; the CAs and service account key only change
    /// in a deliberate rotation). kube-apiserver's etcd client reads the files at every new TLS handshake, so nothing restarts.
    /// </summary>
    public CertificateRenewal Renewal { get; }

    /// <summary>One group per zone, in the order of the subnets.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>
    /// The admin kubeconfig (group <c>kubeadm:cluster-admins</c>), a secret: it reaches the public load balancer when
    /// there is one, else <c>api.&lt;domain&gt;</c> inside the VPC, and always verifies the server as <c>api.&lt;domain&gt;</c>.
    /// </summary>
    public Expr<string> Kubeconfig { get; }

    private Group NewZoneGroup(ControlPlaneNodesArgs args, ControlPlaneSubnet subnet, string cloudConfig, IReadOnlyList<Resource> dependsOn)
    {
        var scope = Scope.Child(subnet.Zone);
        var name = $"{args.ClusterName}-control-plane-{subnet.Zone}";
        var template = new LaunchTemplate(scope, "launch-template", new LaunchTemplateArgs
        {
            Description = $"Control-plane nodes of cluster {args.ClusterName} in {subnet.Zone}",
            ImageId = args.ImageId,
            InstanceType = Size.InstanceType,
            IamInstanceProfile = new LaunchTemplateIamInstanceProfile { Name = args.Role.InstanceProfileName },
            VpcSecurityGroupIds = [args.SecurityGroupId],
            MetadataOptions = new LaunchTemplateMetadataOptions { HttpEndpoint = "enabled", HttpTokens = "required", HttpPutResponseHopLimit = MetadataHopLimit, InstanceMetadataTags = "disabled" },
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMapping
                {
                    DeviceName = "/dev/sda1",
                    Ebs = new LaunchTemplateBlockDeviceMappingEbs { VolumeSize = Size.RootVolumeSizeGiB, VolumeType = "gp3", Encrypted = "true", DeleteOnTermination = "true" },
                },
            ],
            Monitoring = new LaunchTemplateMonitoring { Enabled = true },
            EbsOptimized = "true",
            UserData = UserData.Of($"control-plane node in {subnet.Zone}", cloudConfig).Base64,
            TagSpecifications = LaunchTags.Specifications(args.Tags, name, args.ClusterName),
            UpdateDefaultVersion = true,
            Tags = args.Tags,
        }, new ResourceOptions { DependsOn = dependsOn, IgnoreChanges = subnet.Zone == args.RollingZone ? [] : StagedTemplateProperties });
        template.Annotate(new StatefulMachineAnnotation($"control-plane-{subnet.Zone}"));
        template.Annotate(new GeneratedFile($"control-plane/{subnet.Zone}/cloud-init.yaml", cloudConfig));
        // The kubeadm init file and the kubelet configuration it carries, readable on their own in `infra render`.
        template.Annotate(new GeneratedFile($"control-plane/{subnet.Zone}/kubeadm-init.yaml", Boot.InitTemplate));
        template.Annotate(new GeneratedFile($"control-plane/{subnet.Zone}/kubelet-config.yaml", Kubelet.ToYaml()));

        var group = new Group(scope, "group", new GroupArgs
        {
            MinSize = NodesPerZone,
            MaxSize = NodesPerZone,
            DesiredCapacity = NodesPerZone,
            VpcZoneIdentifiers = [subnet.SubnetId],
            LaunchTemplate = new GroupLaunchTemplate { Id = template.Id, Version = Fn.Interpolate($"{template.LatestVersion}") },
            // EC2 checks decide replacement: with ELB checks, an etcd outage (every /readyz failing) would replace every API server at once.
            HealthCheckType = "EC2",
            HealthCheckGracePeriod = HealthCheckGraceSeconds,
            DefaultInstanceWarmup = HealthCheckGraceSeconds,
            TargetGroupArns = args.LoadBalancer.TargetGroupArns,
            WaitForElbCapacity = NodesPerZone,
            WaitForCapacityTimeout = ReadyTimeout,
            // Launch before terminate: the new node joins before the old one leaves, so the zone never lacks its API server.
            InstanceRefresh = new GroupInstanceRefresh
            {
                Strategy = "Rolling",
                Preferences = new GroupInstanceRefreshPreferences { MinHealthyPercentage = 100, MaxHealthyPercentage = 200, SkipMatching = true },
            },
            EnabledMetrics = Enum.GetValues<GroupMetric>(),
            MetricsGranularity = "1Minute",
            Tags = args.Tags.Select(t => new GroupTag(t.Key, t.Value, true))
                .Append(new GroupTag("Name", name, true))
                .Append(new GroupTag($"kubernetes.io/cluster/{args.ClusterName}", "owned", true))
                .OrderBy(t => t.Key, StringComparer.Ordinal)
                .ToArray(),
        }, new ResourceOptions { DependsOn = args.EtcdMembers });
        group.Annotate(new ControlPlaneNodesAnnotation(subnet.Zone, Cluster, Audit, Encryption));
        group.Annotate(new CisDeviationsAnnotation(ControlPlaneHardening.Deviations));
        return group;
    }

    /// <summary>A file under <c>/etc/kubernetes/pki</c> by its parameter of the same relative name under <paramref name="pkiPath"/>.</summary>
    private static (string Parameter, string File, string Mode) RenewedFile(string pkiPath, string name, string mode) =>
        ($"{pkiPath}/{name}", $"/etc/kubernetes/pki/{name}", mode);

    private static ClusterConfiguration ClusterConfigurationFor(ControlPlaneNodesArgs args)
    {
        var tuning = ControlPlaneTuning.For(args.ExpectedNodes);
        var apiServer = ControlPlaneComponents.ApiServer(tuning);
        if (args.EventsEtcd is { } events)
        {
            apiServer = apiServer with { ExtraArgs = [.. apiServer.ExtraArgs ?? [], new Arg("etcd-servers-overrides", EtcdEventsCluster.ServersOverride(events))] };
        }

        return new ClusterConfiguration(
            args.Software.KubernetesVersion,
            ClusterDomain.ApiEndpoint(args.ClusterName),
            new ExternalEtcd(args.Etcd.Members.Select(member => member.ClientUrl).ToArray()))
        {
            ClusterName = args.ClusterName,
            Networking = args.Networking,
            ApiServer = apiServer,
            ControllerManager = ControlPlaneComponents.ControllerManager(tuning),
            Scheduler = ControlPlaneComponents.Scheduler(tuning),
        };
    }

    /// <summary>
    /// Registration shared by init and join: the out-of-tree cloud provider, and the KMS plugin's static pod already in
    /// the manifests directory, which kubeadm's preflight would refuse. The node name is the host name, which cloud-init
    /// sets to the EC2 private DNS name (<see cref="NodeBase.NewDocument"/>).
    /// </summary>
    private static NodeRegistration Registration() => new()
    {
        KubeletExtraArgs = [new Arg("cloud-provider", "external")],
        IgnorePreflightErrors = ["DirAvailable--etc-kubernetes-manifests"],
    };

    /// <summary>kube-proxy is skipped: Calico's eBPF dataplane replaces it; CoreDNS too: the platform stack's chart owns it.</summary>
    private static InitConfiguration InitConfigurationFor() => new()
    {
        NodeRegistration = Registration(),
        SkipPhases = ["addon/coredns", "addon/kube-proxy"],
    };

    /// <summary>
    /// A control-plane join: the certificates are already on the node (from SSM), so no certificate key; token
    /// discovery pinned to the cluster CA, both filled in at boot from SSM.
    /// </summary>
    private static JoinConfiguration JoinConfigurationFor(string clusterName) => new()
    {
        NodeRegistration = Registration(),
        Discovery = Discovery.WithBootstrapToken(ClusterDomain.ApiEndpoint(clusterName), ControlPlaneBootScript.TokenPlaceholder, [ControlPlaneBootScript.CaCertHashPlaceholder]),
        ControlPlane = new JoinControlPlane(),
    };

    private static void Validate(ControlPlaneNodesArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"control plane: cluster name '{args.ClusterName}' is not valid in DNS names and tags: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (args.Subnets.Count == 0)
        {
            throw new ArgumentException("control plane: no subnets: give one private subnet per zone (three for production), the first zone initializes the cluster", nameof(args));
        }

        if (args.Subnets.GroupBy(s => s.Zone, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"control plane: zone '{repeated.Key}' is given {repeated.Count()} subnets: give one private subnet per zone", nameof(args));
        }

        if (string.IsNullOrWhiteSpace(args.Region))
        {
            throw new ArgumentException("control plane: region is empty: give the region as text (e.g. eu-west-1); the boot script and the KMS plugin call AWS there", nameof(args));
        }
    }
}
