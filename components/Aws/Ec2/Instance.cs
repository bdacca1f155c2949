using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>
/// Args of <c>aws:ec2/instance:Instance</c>, with the provider's property names. Like the launch
/// template there is deliberately no <c>keyName</c>: instances are reached through SSM Session Manager.
/// </summary>
public sealed record InstanceArgs
{
    /// <summary>The AMI id; usually a deploy-time lookup (an SSM public parameter).</summary>
    public required Expr<string> Ami { get; init; }

    public required string InstanceType { get; init; }

    public required Expr<string> SubnetId { get; init; }

    /// <summary>A fixed address inside the subnet, so a replaced instance comes back at the same IP.</summary>
    public string? PrivateIp { get; init; }

    public IReadOnlyList<Expr<string>>? VpcSecurityGroupIds { get; init; }

    /// <summary>The instance profile's name.</summary>
    public Expr<string>? IamInstanceProfile { get; init; }

    /// <summary>User data already base64-encoded (<see cref="Ec2.UserData.Base64"/>: compressed, so it is binary).</summary>
    public Expr<string>? UserDataBase64 { get; init; }

    /// <summary>Replace the instance when its user data changes, since cloud-init only reads it at first boot.</summary>
    public bool? UserDataReplaceOnChange { get; init; }

    public InstanceMetadataOptions? MetadataOptions { get; init; }

    public InstanceRootBlockDevice? RootBlockDevice { get; init; }

    /// <summary>Detailed (1-minute) CloudWatch monitoring.</summary>
    public bool? Monitoring { get; init; }

    public bool? EbsOptimized { get; init; }

    /// <summary>Refuses terminating the instance through the EC2 API while set.</summary>
    public bool? DisableApiTermination { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>Instance metadata service settings of an instance.</summary>
public sealed record InstanceMetadataOptions
{
    /// <summary>"enabled" or "disabled".</summary>
    public string? HttpEndpoint { get; init; }

    /// <summary>"required" enforces IMDSv2 (session tokens).</summary>
    public string? HttpTokens { get; init; }

    /// <summary>How many network hops the token response may travel (1-64).</summary>
    public int? HttpPutResponseHopLimit { get; init; }
}

/// <summary>The root volume of an instance; the provider types these flags as booleans.</summary>
public sealed record InstanceRootBlockDevice
{
    public string? VolumeType { get; init; }

    public int? VolumeSize { get; init; }

    public bool? Encrypted { get; init; }

    public bool? DeleteOnTermination { get; init; }
}

/// <summary>One EC2 instance, for machines that keep their identity (an etcd member) rather than scale in a group.</summary>
public sealed class Instance(Scope scope, string id, InstanceArgs args, ResourceOptions? options = null)
    : Resource<InstanceArgs>(scope, id, "aws:ec2/instance:Instance", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
