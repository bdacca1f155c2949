using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Model;
using Infra.NodeIam;
using Infra.Tests.Aws;

namespace Infra.Tests.NodeIam;

public class NodePermissionsTests
{
    private static readonly AwsAccount Account = AwsAccount.Of(new InfraProgram("infra", "permissions test").Root);

    private static readonly IReadOnlyList<PolicyStatement> Ebs = NodePermissions.EbsCsiController(Account, "prod");

    private static readonly IReadOnlyList<PolicyStatement> CloudController = NodePermissions.CloudController(Account, "prod");

    private static IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>> ConditionsOf(PolicyStatement statement, string op) =>
        statement.Condition?.GetValueOrDefault(op) ?? new Dictionary<string, IReadOnlyList<Expr<string>>>();

    private static IEnumerable<string> Texts(IEnumerable<Expr<string>> values) => values.Select(ExprText.Of);

    private static bool RequiresClusterTags(PolicyStatement statement, string prefix)
    {
        var equals = ConditionsOf(statement, "StringEquals");
        return equals.TryGetValue($"{prefix}/ebs.csi.aws.com/cluster", out var driver) && Texts(driver).SequenceEqual(["true"])
            && equals.TryGetValue($"{prefix}/ebs.csi.aws.com/cluster-name", out var cluster) && Texts(cluster).SequenceEqual(["prod"]);
    }

    private static bool Grants(PolicyStatement statement, string action, string resourceSuffix) =>
        statement.Action.Contains(action) && statement.Resource!.Any(r => ExprText.Of(r).EndsWith(resourceSuffix, StringComparison.Ordinal));

    private static bool OnlyInCreatingCalls(PolicyStatement statement) => ConditionsOf(statement, "StringEquals").ContainsKey("ec2:CreateAction");

    [Fact]
    public void Ebs_volumes_and_snapshots_are_created_only_with_this_clusters_driver_tags()
    {
        var creating = Ebs.Where(s => Grants(s, "ec2:CreateVolume", ":volume/*") || Grants(s, "ec2:CreateSnapshot", ":snapshot/*"))
            .ToList();

        Assert.NotEmpty(creating);
        Assert.All(creating, s => Assert.True(RequiresClusterTags(s, "aws:RequestTag"), s.Sid));
    }

    [Fact]
    public void Ebs_changes_after_creation_require_the_volume_or_snapshot_to_carry_this_clusters_tags()
    {
        string[] changes = ["ec2:AttachVolume", "ec2:DetachVolume", "ec2:DeleteVolume", "ec2:ModifyVolume", "ec2:DeleteSnapshot", "ec2:DeleteTags"];

        var onVolumesOrSnapshots = Ebs
            .Where(s => s.Action.Intersect(changes).Any())
            .Where(s => s.Resource!.Select(ExprText.Of).Any(r => r.EndsWith(":volume/*", StringComparison.Ordinal) || r.EndsWith(":snapshot/*", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(onVolumesOrSnapshots);
        Assert.All(onVolumesOrSnapshots, s => Assert.True(RequiresClusterTags(s, "ec2:ResourceTag"), s.Sid));
    }

    [Fact]
    public void Ebs_tags_are_written_only_while_creating_or_on_this_clusters_own_volumes_and_snapshots()
    {
        var tagging = Ebs.Where(s => s.Action.Contains("ec2:CreateTags")).ToList();

        Assert.NotEmpty(tagging);
        Assert.All(tagging, s => Assert.True(OnlyInCreatingCalls(s) || RequiresClusterTags(s, "ec2:ResourceTag"), s.Sid));
    }

    [Fact]
    public void Ebs_volumes_attach_only_to_this_clusters_nodes()
    {
        var onInstances = Ebs.Where(s => s.Resource!.Any(r => ExprText.Of(r).EndsWith(":instance/*", StringComparison.Ordinal))).ToList();

        var statement = Assert.Single(onInstances);
        Assert.Equal(["ec2:AttachVolume", "ec2:DetachVolume"], statement.Action);
        Assert.Equal(["false"], Texts(ConditionsOf(statement, "Null")["ec2:ResourceTag/kubernetes.io/cluster/prod"]));
    }

    [Fact]
    public void Ebs_leaves_only_describe_calls_unscoped()
    {
        var unscoped = Ebs.Where(s => s.Resource!.Any(r => ExprText.Of(r) == "*")).SelectMany(s => s.Action);

        Assert.All(unscoped, action => Assert.StartsWith("ec2:Describe", action, StringComparison.Ordinal));
    }

    [Fact]
    public void Cloud_controller_creates_security_groups_only_with_the_cluster_tag()
    {
        var onGroups = CloudController
            .Where(s => s.Action.Contains("ec2:CreateSecurityGroup"))
            .Where(s => s.Resource!.Any(r => ExprText.Of(r).EndsWith(":security-group/*", StringComparison.Ordinal)));

        var statement = Assert.Single(onGroups);
        Assert.Equal(["owned"], Texts(ConditionsOf(statement, "StringEquals")["aws:RequestTag/kubernetes.io/cluster/prod"]));
    }

    [Fact]
    public void Cloud_controller_tags_only_security_groups_while_creating_them_or_already_of_the_cluster()
    {
        var tagging = CloudController.Where(s => s.Action.Contains("ec2:CreateTags")).ToList();

        Assert.NotEmpty(tagging);
        Assert.All(tagging, s =>
        {
            Assert.All(s.Resource!, r => Assert.EndsWith(":security-group/*", ExprText.Of(r), StringComparison.Ordinal));
            Assert.True(OnlyInCreatingCalls(s) || ConditionsOf(s, "Null").ContainsKey("aws:ResourceTag/kubernetes.io/cluster/prod"), s.Sid);
        });
    }

    [Fact]
    public void Cloud_controller_creates_load_balancers_listeners_and_target_groups_only_with_the_cluster_tag_in_the_request()
    {
        var creating = CloudController.Where(s => s.Action.Any(a => a is "elasticloadbalancing:CreateLoadBalancer" or "elasticloadbalancing:CreateTargetGroup" or "elasticloadbalancing:CreateListener")).ToList();

        var statement = Assert.Single(creating);
        Assert.Equal(["elasticloadbalancing:CreateListener", "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"], statement.Action);
        Assert.Equal(["owned"], Texts(ConditionsOf(statement, "StringEquals")["aws:RequestTag/kubernetes.io/cluster/prod"]));
    }

    [Fact]
    public void Cloud_controller_tags_load_balancers_only_while_creating_them_or_already_of_the_cluster()
    {
        var tagging = CloudController.Where(s => s.Action.Contains("elasticloadbalancing:AddTags")).ToList();

        Assert.Equal(2, tagging.Count);
        Assert.All(tagging, s => Assert.True(
            Texts(ConditionsOf(s, "StringEquals").GetValueOrDefault("elasticloadbalancing:CreateAction") ?? []).SequenceEqual(["CreateListener", "CreateLoadBalancer", "CreateTargetGroup"])
                || ConditionsOf(s, "Null").ContainsKey("aws:ResourceTag/kubernetes.io/cluster/prod"),
            s.Sid));
    }

    [Fact]
    public void Cloud_controller_changes_and_deletes_only_load_balancers_listeners_and_target_groups_carrying_the_cluster_tag()
    {
        var changing = CloudController
            .Where(s => s.Action.Any(a => a.StartsWith("elasticloadbalancing:", StringComparison.Ordinal) && !a.StartsWith("elasticloadbalancing:Describe", StringComparison.Ordinal)))
            .Where(s => !ConditionsOf(s, "StringEquals").Any())
            .ToList();

        var statement = Assert.Single(changing);
        Assert.Contains("elasticloadbalancing:DeleteLoadBalancer", statement.Action);
        Assert.Contains("elasticloadbalancing:RegisterTargets", statement.Action);
        Assert.Equal(["false"], Texts(ConditionsOf(statement, "Null")["aws:ResourceTag/kubernetes.io/cluster/prod"]));
    }

    [Fact]
    public void Cloud_controller_leaves_only_describe_calls_unconditioned()
    {
        var unconditioned = CloudController.Where(s => s.Condition is null && s.Resource!.Any(r => ExprText.Of(r) == "*")).SelectMany(s => s.Action);

        Assert.All(unconditioned, action => Assert.Contains(":Describe", action, StringComparison.Ordinal));
    }

    [Fact]
    public void Cloud_controller_gets_no_volume_route_or_autoscaling_action()
    {
        var actions = CloudController.SelectMany(s => s.Action).ToList();

        Assert.DoesNotContain(actions, a => a.Contains("Volume", StringComparison.Ordinal) || (a.Contains("Route", StringComparison.Ordinal) && !a.Contains("Describe", StringComparison.Ordinal)));
        Assert.DoesNotContain(actions, a => a.StartsWith("autoscaling:", StringComparison.Ordinal));
        Assert.DoesNotContain("ec2:ModifyInstanceAttribute", actions);
    }

    [Fact]
    public void A_node_that_failed_to_boot_may_mark_instances_unhealthy_only_in_this_clusters_groups()
    {
        var statement = NodePermissions.ReportFailedBoot("prod");

        Assert.Equal(["autoscaling:SetInstanceHealth"], statement.Action);
        Assert.Equal(["owned"], Texts(ConditionsOf(statement, "StringEquals")["autoscaling:ResourceTag/kubernetes.io/cluster/prod"]));
    }

    [Fact]
    public void The_autoscaler_resizes_and_terminates_only_in_groups_tagged_as_this_clusters()
    {
        var scaling = NodePermissions.ClusterAutoscaler(Account, "prod").Single(s => s.Action.Contains("autoscaling:SetDesiredCapacity"));

        Assert.Equal(["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"], scaling.Action);
        Assert.Equal(["owned"], Texts(ConditionsOf(scaling, "StringEquals")["aws:ResourceTag/k8s.io/cluster-autoscaler/prod"]));
        Assert.All(Texts(scaling.Resource!), arn => Assert.EndsWith(":autoScalingGroup:*:autoScalingGroupName/*", arn, StringComparison.Ordinal));
    }

    [Fact]
    public void The_autoscaler_leaves_only_describe_calls_unconditioned()
    {
        var unconditioned = NodePermissions.ClusterAutoscaler(Account, "prod").Where(s => s.Condition is null).SelectMany(s => s.Action);

        Assert.All(unconditioned, action => Assert.Contains(":Describe", action, StringComparison.Ordinal));
    }

    [Fact]
    public void The_autoscaler_gets_no_call_that_only_launch_configurations_eks_or_instance_requirements_need()
    {
        var actions = NodePermissions.ClusterAutoscaler(Account, "prod").SelectMany(s => s.Action).ToList();

        Assert.DoesNotContain("autoscaling:DescribeLaunchConfigurations", actions);
        Assert.DoesNotContain("ec2:GetInstanceTypesFromInstanceRequirements", actions);
        Assert.DoesNotContain(actions, action => action.StartsWith("eks:", StringComparison.Ordinal));
    }
}
