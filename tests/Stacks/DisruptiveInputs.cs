namespace Infra.Tests.Stacks;

/// <summary>What a changed input does to a running machine.</summary>
internal enum Disruption
{
    /// <summary>The instance is destroyed and created again (delete-first for etcd: the member is down meanwhile).</summary>
    Replaces,

    /// <summary>The instance is stopped and started: the member is down meanwhile.</summary>
    StopsAndStarts,

    /// <summary>A new launch template version; the group's instance refresh then replaces its node.</summary>
    NewTemplateVersion,
}

/// <summary>One input of a provider resource that takes a machine down when it changes, and where that is written.</summary>
internal sealed record DisruptiveInput(string Type, string Property, Disruption Disruption, string Source);

/// <summary>
/// The inputs of the resources that run etcd members and control-plane nodes whose change takes the machine down,
/// with their source (AWS provider 7.48.0 as in tests/provider-sdks). Only inputs a routine update changes
/// (image, user data, instance type) are listed; subnet and private IP are fixed per member by design.
/// </summary>
internal static class DisruptiveInputs
{
    public const string Instance = "aws:ec2/instance:Instance";

    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";

    public const string Group = "aws:autoscaling/group:Group";

    public static IReadOnlyList<DisruptiveInput> All { get; } =
    [
        new(Instance, "ami", Disruption.Replaces, "terraform-provider-aws aws_instance schema: ami is ForceNew (not re-checked offline; @pulumi/aws ec2/instance.d.ts is silent on it)"),
        new(Instance, "userDataBase64", Disruption.Replaces, "@pulumi/aws ec2/instance.d.ts userDataBase64: 'If the userDataReplaceOnChange is set then updates to this field will trigger a destroy and recreate'"),
        new(Instance, "instanceType", Disruption.StopsAndStarts, "@pulumi/aws ec2/instance.d.ts instanceType: 'Updates to this field will trigger a stop/start of the EC2 instance'"),
        new(LaunchTemplate, "imageId", Disruption.NewTemplateVersion, "@pulumi/aws ec2/launchTemplate.d.ts: an update makes a new version (latestVersion), the default with updateDefaultVersion"),
        new(LaunchTemplate, "userData", Disruption.NewTemplateVersion, "@pulumi/aws ec2/launchTemplate.d.ts, as imageId"),
        new(LaunchTemplate, "instanceType", Disruption.NewTemplateVersion, "@pulumi/aws ec2/launchTemplate.d.ts, as imageId"),
        new(Group, "launchTemplate", Disruption.Replaces, "@pulumi/aws types/input.d.ts GroupInstanceRefresh: 'A refresh is started when any of the following Auto Scaling Group properties change: launchConfiguration, launchTemplate, mixedInstancesPolicy'"),
    ];

    public static IReadOnlyList<string> Of(string type) => All.Where(input => input.Type == type).Select(input => input.Property).ToArray();
}
