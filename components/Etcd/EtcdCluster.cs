using Infra.Aws;
using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.Aws.Route53;
using Infra.Aws.Ssm;
using Infra.EtcdBackup;
using Infra.Model;
using Infra.Network.Connections;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Pki;

namespace Infra.Etcd;

/// <summary>
/// An external etcd cluster on EC2: one instance per member in its zone's private subnet, at a fixed
/// private IP reserved in its subnet (an explicit /32 subnet CIDR reservation, so no other interface takes it) and named
/// <c>member.domain</c> in the cluster's private hosted zone, with its data on a separate,
/// encrypted, protected EBS volume that survives the instance. Instances are replaced delete-first so the
/// replacement takes the same IP and name and, finding the member's data on the volume, rejoins as the
/// same member. A change of image or user data replaces the instance, so such changes are staged: every member but
/// <see cref="EtcdClusterEc2Args.RollingMember"/> ignores them, and one update replaces at most one member.
/// </summary>
public sealed class EtcdCluster : Component
{
    /// <summary>The device name the data volume is attached as; on Nitro it surfaces as NVMe (see <see cref="EtcdMemberBoot"/>).</summary>
    public const string DataDeviceName = "/dev/sdf";

    /// <summary>Seconds resolvers cache a member's address: short, so a record fix is seen within a minute.</summary>
    public const int DnsTtlSeconds = 60;

    /// <summary>
    /// The instance inputs a routine update changes, which only the rolling member takes: a new <c>ami</c> or
    /// <c>userDataBase64</c> (with <c>userDataReplaceOnChange</c>) replaces the instance, a new <c>instanceType</c> stops
    /// and starts it; either takes the member out of the quorum (see the README's rollout section for the source).
    /// </summary>
    public static IReadOnlyList<string> StagedInstanceProperties { get; } = ["ami", "instanceType", "userDataBase64"];

    public EtcdCluster(Scope parent, string id, EtcdClusterEc2Args args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        Layout = EtcdClusterLayout.Spread(args.Cluster);
        Validate(args, Layout);
        Tuning = EtcdTuning.For(args.ExpectedNodes);
        Machine = EtcdMachineSize.For(args.ExpectedNodes, Tuning);
        DataVolume = EtcdDataVolume.For(args.ExpectedNodes, Tuning, Machine);
        var schedule = new EtcdBackupSchedule(args.Backup);
        var account = AwsAccount.Of(Scope);

        Members = Layout.Members
            .Select(member => NewMember(args, member, schedule, account))
            .ToArray();
    }

    public EtcdClusterLayout Layout { get; }

    public EtcdTuning Tuning { get; }

    /// <summary>Every member's instance type, from the cluster size (<see cref="EtcdMachineSize.For"/>).</summary>
    public EtcdMachineSize Machine { get; }

    /// <summary>Type, size and IOPS of every member's data volume.</summary>
    public EtcdDataVolume DataVolume { get; }

    public IReadOnlyList<EtcdClusterMember> Members { get; }

    /// <summary>What the members' listeners need the security groups to open (<see cref="EtcdConnections"/>).</summary>
    public IReadOnlyList<Connection> Connections => EtcdConnections.Of(Layout.Token, Members.Select(m => m.Boot.Config));

    /// <summary>The API servers' <c>--etcd-servers</c>: every member's https URL by DNS name.</summary>
    public string ClientEndpoints => Layout.ClientEndpoints;

    public IReadOnlyList<Output<string>> MemberInstanceIds => Members.Select(m => m.Instance.Id).ToArray();

    private EtcdClusterMember NewMember(EtcdClusterEc2Args args, EtcdMember member, EtcdBackupSchedule schedule, AwsAccount account)
    {
        var scope = Scope.Child(member.Name);
        var subnet = args.PrivateSubnets.Single(s => s.Zone == member.Zone);
        var privateIp = EtcdMemberAddress.For(member, subnet.Cidr, args.FirstHostOffset);
        var credential = args.Pki.EtcdMembers[member.Name];
        var pkiPath = args.Pki.Paths.EtcdMember(member.Name);
        var memberPath = pkiPath[..pkiPath.LastIndexOf('/')];
        var tags = Named(args, member.Name);

        var backupEnvironment = new Parameter(scope, "backup-env", new ParameterArgs
        {
            Name = $"{memberPath}/backup.env",
            Type = ParameterType.PlainText,
            Value = args.BackupBucket.MemberEnvironment(Layout.Token, member.Name),
            Description = $"Backup settings of etcd member {member.Name} of {args.ClusterName}",
            Tags = args.Tags,
        });

        var role = new NodeRole(scope, "role", new NodeRoleArgs
        {
            ClusterName = args.ClusterName,
            Description = $"etcd member {member.Name} of cluster {args.ClusterName}",
            Permissions = EtcdMemberPermissions.For(account, memberPath, args.BackupBucket),
            ManagedPolicyArns = [account.ManagedPolicyArn(NodePermissions.SessionManagerPolicyName)],
            Tags = args.Tags,
        });
        var decrypt = args.Pki.AllowDecrypt(member.Name, role.Role.RoleName, pkiPath);

        // One certificate serves clients and peers (ClusterPki issues it with both uses).
        var tls = new EtcdTlsFiles();
        tls = tls with { PeerCertFile = tls.CertFile, PeerKeyFile = tls.KeyFile, PeerTrustedCaFile = tls.TrustedCaFile };
        var boot = new EtcdMemberBoot
        {
            Config = new EtcdMemberConfig(Layout, member.Name, Tuning) { Tls = tls },
            Region = args.Region,
            TlsFiles =
            [
                (KnownName(credential.CertParameter), tls.CertFile, "0644"),
                (KnownName(credential.KeyParameter), tls.KeyFile, "0600"),
                (KnownName(credential.IssuerCertParameter!), tls.TrustedCaFile, "0644"),
            ],
            BackupEnvironmentParameter = KnownName(backupEnvironment),
            Backup = schedule,
        };
        var cloudConfig = boot.ToCloudConfig();

        var volume = new Volume(scope, "data", new VolumeArgs
        {
            AvailabilityZone = member.Zone,
            Type = DataVolume.Type,
            Size = DataVolume.SizeGiB,
            Iops = DataVolume.Iops,
            Throughput = DataVolume.ThroughputMiBps,
            Encrypted = true,
            FinalSnapshot = true,
            Tags = Named(args, $"{member.Name}-data"),
        }, new ResourceOptions { Protect = true });
        volume.Annotate(new EtcdDataVolumeAnnotation(Layout.Token, member.Name));

        // Explicit: AWS gives no other interface this address, so a replaced member always finds it free.
        var reservation = new SubnetCidrReservation(scope, "address", new SubnetCidrReservationArgs
        {
            SubnetId = subnet.SubnetId,
            CidrBlock = $"{privateIp}/32",
            ReservationType = SubnetCidrReservation.Explicit,
            Description = $"Fixed address of etcd member {member.Name} of {args.ClusterName}",
        });

        var instance = new Instance(scope, "instance", new InstanceArgs
        {
            Ami = args.ImageId,
            InstanceType = Machine.InstanceType,
            SubnetId = subnet.SubnetId,
            PrivateIp = privateIp,
            VpcSecurityGroupIds = args.SecurityGroupIds,
            IamInstanceProfile = role.InstanceProfileName,
            UserDataBase64 = UserData.Of($"etcd member {member.Name}", cloudConfig).Base64,
            UserDataReplaceOnChange = true,
            MetadataOptions = new InstanceMetadataOptions { HttpEndpoint = "enabled", HttpTokens = "required", HttpPutResponseHopLimit = 1 },
            RootBlockDevice = new InstanceRootBlockDevice { VolumeType = "gp3", VolumeSize = args.RootVolumeSizeGiB, Encrypted = true, DeleteOnTermination = true },
            Monitoring = true,
            EbsOptimized = true,
            Tags = tags,
        }, new ResourceOptions
        {
            DeleteBeforeReplace = true,
            IgnoreChanges = member.Name == args.RollingMember ? [] : StagedInstanceProperties,
            // Boot reads these parameters with this role: they and the grants exist before the instance starts.
            DependsOn = [credential.CertParameter, credential.KeyParameter, credential.IssuerCertParameter!, backupEnvironment, role.Policy, decrypt, reservation],
        });
        instance.Annotate(new GeneratedFile($"etcd/{member.Name}/cloud-init.yaml", cloudConfig));
        instance.Annotate(new StatefulMachineAnnotation(member.Name));
        instance.Annotate(new EtcdMemberAnnotation(Layout.Token, member.Name, member.Zone, UrlFlags(boot.Config), args.Cluster.Development, schedule.OnCalendar));

        var attachment = new VolumeAttachment(scope, "data-attachment", new VolumeAttachmentArgs
        {
            DeviceName = DataDeviceName,
            InstanceId = instance.Id,
            VolumeId = volume.Id,
            StopInstanceBeforeDetaching = true,
        });

        var record = new Record(scope, "dns", new RecordArgs
        {
            ZoneId = args.ZoneId,
            Name = member.Host,
            Type = "A",
            Ttl = DnsTtlSeconds,
            Records = [privateIp],
        });

        return new EtcdClusterMember(member, privateIp, boot, instance, volume, attachment, record, role);
    }

    private static SortedDictionary<string, Expr<string>> Named(EtcdClusterEc2Args args, string purpose) =>
        new SortedDictionary<string, Expr<string>>(args.Tags.ToDictionary(t => t.Key, t => t.Value), StringComparer.Ordinal)
        {
            ["Name"] = $"{args.ClusterName}-{purpose}",
        };

    /// <summary>Every flag of the member's command line whose value holds a URL (<c>--initial-cluster</c> holds one per member).</summary>
    private static SortedDictionary<string, string> UrlFlags(EtcdMemberConfig config) => new(
        config.Flags()
            .Select(flag => flag.TrimStart('-').Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[1].Contains("://", StringComparison.Ordinal))
            .ToDictionary(pair => pair[0], pair => pair[1]),
        StringComparer.Ordinal);

    /// <summary>A parameter's name as plain text for the boot scripts (the PKI names its parameters with literals).</summary>
    private static string KnownName(Parameter parameter) =>
        parameter.Args.Name.KnownValue ?? throw new InvalidOperationException($"parameter {parameter.Name} has a deploy-time name: etcd boot scripts need it as text.");

    private static void Validate(EtcdClusterEc2Args args, EtcdClusterLayout layout)
    {
        foreach (var zone in args.Cluster.Zones)
        {
            var subnets = args.PrivateSubnets.Count(s => s.Zone == zone);
            if (subnets != 1)
            {
                throw new ArgumentException($"etcd cluster '{args.Cluster.Name}' has {subnets} private subnets in zone {zone}: give exactly one private subnet (id and CIDR) per zone of the cluster.", nameof(args));
            }
        }

        var uncertified = layout.Members.FirstOrDefault(m => !args.Pki.EtcdMembers.ContainsKey(m.Name));
        if (uncertified is not null)
        {
            throw new ArgumentException($"etcd member '{uncertified.Name}' has no certificate in the PKI: add it to ClusterPkiArgs.EtcdMembers (name, its fixed IP from EtcdMemberAddress, DNS name {uncertified.Host}).", nameof(args));
        }

        if (string.IsNullOrWhiteSpace(args.Region))
        {
            throw new ArgumentException("etcd cluster region is empty: give the region as text (e.g. eu-west-1); the members' AWS CLI calls go there.", nameof(args));
        }
    }
}
