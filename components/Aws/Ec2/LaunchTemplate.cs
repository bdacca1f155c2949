using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>
/// Args of <c>aws:ec2/launchTemplate:LaunchTemplate</c>, with the provider's property names. There is
/// deliberately no <c>keyName</c>: nodes are reached through SSM Session Manager, never SSH.
/// </summary>
public sealed record LaunchTemplateArgs
{
    public string? Description { get; init; }

    /// <summary>The AMI id; usually a deploy-time lookup (an SSM public parameter).</summary>
    public Expr<string>? ImageId { get; init; }

    /// <summary>Unset when the Auto Scaling group picks among several instance types.</summary>
    public string? InstanceType { get; init; }

    public LaunchTemplateIamInstanceProfile? IamInstanceProfile { get; init; }

    public IReadOnlyList<Expr<string>>? VpcSecurityGroupIds { get; init; }

    public LaunchTemplateMetadataOptions? MetadataOptions { get; init; }

    public IReadOnlyList<LaunchTemplateBlockDeviceMapping>? BlockDeviceMappings { get; init; }

    public LaunchTemplateMonitoring? Monitoring { get; init; }

    /// <summary>"true"/"false": the provider types this flag as a string.</summary>
    public string? EbsOptimized { get; init; }

    /// <summary>Base64 of the user data (<see cref="Ec2.UserData.Base64"/>).</summary>
    public Expr<string>? UserData { get; init; }

    public IReadOnlyList<LaunchTemplateTagSpecification>? TagSpecifications { get; init; }

    /// <summary>Makes each new version the default, so consoles and tools that launch "default" get the current one.</summary>
    public bool? UpdateDefaultVersion { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>The instance profile instances launch with: by name or by ARN.</summary>
public sealed record LaunchTemplateIamInstanceProfile
{
    public Expr<string>? Name { get; init; }

    public Expr<string>? Arn { get; init; }
}

/// <summary>Instance metadata service settings.</summary>
public sealed record LaunchTemplateMetadataOptions
{
    /// <summary>"enabled" or "disabled".</summary>
    public string? HttpEndpoint { get; init; }

    /// <summary>"required" enforces IMDSv2 (session tokens); "optional" also allows IMDSv1.</summary>
    public string? HttpTokens { get; init; }

    /// <summary>How many network hops the token response may travel (1-64).</summary>
    public int? HttpPutResponseHopLimit { get; init; }

    /// <summary>"enabled" exposes instance tags in the metadata service.</summary>
    public string? InstanceMetadataTags { get; init; }
}

/// <summary>A block device of the instance.</summary>
public sealed record LaunchTemplateBlockDeviceMapping
{
    /// <summary>The device name as the AMI names it (the root device: <c>/dev/sda1</c> on Ubuntu, <c>/dev/xvda</c> on Amazon Linux).</summary>
    public required string DeviceName { get; init; }

    public LaunchTemplateBlockDeviceMappingEbs? Ebs { get; init; }
}

/// <summary>EBS settings of a block device. The provider types the two flags as strings ("true"/"false").</summary>
public sealed record LaunchTemplateBlockDeviceMappingEbs
{
    public int? VolumeSize { get; init; }

    /// <summary>"gp3", "io2", ...</summary>
    public string? VolumeType { get; init; }

    public int? Iops { get; init; }

    /// <summary>MiB/s; gp3 only.</summary>
    public int? Throughput { get; init; }

    public string? Encrypted { get; init; }

    /// <summary>Customer managed key; the account's default EBS key when unset.</summary>
    public Expr<string>? KmsKeyId { get; init; }

    public string? DeleteOnTermination { get; init; }
}

/// <summary>CloudWatch monitoring: enabled means detailed (one-minute) metrics.</summary>
public sealed record LaunchTemplateMonitoring
{
    public bool? Enabled { get; init; }
}

/// <summary>Tags applied at launch to the resources of one type (<c>instance</c>, <c>volume</c>, <c>network-interface</c>).</summary>
public sealed record LaunchTemplateTagSpecification
{
    public required string ResourceType { get; init; }

    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }
}

/// <summary>An EC2 launch template.</summary>
public sealed class LaunchTemplate(Scope scope, string id, LaunchTemplateArgs args, ResourceOptions? options = null)
    : Resource<LaunchTemplateArgs>(scope, id, "aws:ec2/launchTemplate:LaunchTemplate", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>Grows with each change; referencing it makes dependants (an ASG) change with the template.</summary>
    public Output<int> LatestVersion => Output<int>("latestVersion");
}
