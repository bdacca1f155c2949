using Infra.Aws.Iam;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.NodeIam;
using Infra.Tests.Aws;

namespace Infra.Tests.NodeIam;

public class NodeRolesTests
{
    private static readonly Dictionary<string, Expr<string>> RequiredTags = new()
    {
        ["cluster"] = "prod",
        ["environment"] = "production",
        ["owner"] = "platform",
        ["cost-center"] = "cc-42",
    };

    private static (InfraProgram Program, NodeRoles Roles) Build(string clusterName = "prod")
    {
        var program = new InfraProgram("infra", "node roles test");
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = clusterName, Tags = RequiredTags });
        return (program, roles);
    }

    private static string Text(Expr<string> value) => ExprText.Of(value);

    [Fact]
    public void No_role_gets_an_eks_managed_policy()
    {
        var (program, _) = Build();

        var attached = program.ResourcesOf<RolePolicyAttachment>().Select(a => Text(a.Args.PolicyArn)).ToList();

        Assert.NotEmpty(attached);
        Assert.DoesNotContain(attached, arn => arn.Contains("AmazonEKS", StringComparison.Ordinal));
        Assert.DoesNotContain("AmazonEKS", PulumiYamlEmitter.ToYaml(program), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_roles_get_session_manager_as_the_only_way_in()
    {
        var (_, roles) = Build();

        foreach (var role in new[] { roles.Worker, roles.ControlPlane })
        {
            var arn = Assert.Single(role.ManagedPolicyAttachments).Args.PolicyArn;
            Assert.EndsWith($":iam::aws:policy/{NodePermissions.SessionManagerPolicyName}", Text(arn), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_ec2_may_assume_a_node_role()
    {
        var statement = Assert.Single(NodePermissions.Ec2TrustPolicy.Statement);

        Assert.Equal(["ec2.amazonaws.com"], statement.Principal?.Service);
        Assert.Equal(["sts:AssumeRole"], statement.Action);
        Assert.Null(statement.Principal?.Aws);
    }

    [Fact]
    public void Workers_read_parameters_only_under_their_cluster_path()
    {
        var (_, roles) = Build("prod");

        var read = roles.Worker.Permissions.Statement.Single(s => s.Action.Contains("ssm:GetParameter"));

        Assert.All(read.Resource!, arn => Assert.Contains(":parameter/infra/prod/node", Text(arn), StringComparison.Ordinal));
    }

    [Fact]
    public void Workers_get_no_cloud_controller_permissions_and_of_autoscaling_only_their_failed_boot_report()
    {
        var (_, roles) = Build();

        var actions = roles.Worker.Permissions.Statement.SelectMany(s => s.Action).ToList();

        Assert.DoesNotContain(actions, a => a.StartsWith("elasticloadbalancing:", StringComparison.Ordinal));
        Assert.Equal(["autoscaling:SetInstanceHealth"], actions.Where(a => a.StartsWith("autoscaling:", StringComparison.Ordinal)));
        Assert.Contains(roles.ControlPlane.Permissions.Statement, s => s.Action.Contains("elasticloadbalancing:CreateLoadBalancer"));
    }

    [Fact]
    public void Only_the_control_plane_role_may_resize_the_pools()
    {
        var (_, roles) = Build();

        Assert.Contains(roles.ControlPlane.Permissions.Statement, s => s.Action.Contains("autoscaling:SetDesiredCapacity"));
        Assert.DoesNotContain(roles.Worker.Permissions.Statement, s => s.Action.Contains("autoscaling:SetDesiredCapacity"));
    }

    [Fact]
    public void Wildcard_resources_are_kept_to_calls_without_resource_level_permissions()
    {
        var (_, roles) = Build();
        string[] unscopedPrefixes = ["ecr:GetAuthorizationToken", "ec2:Describe", "autoscaling:Describe", "elasticloadbalancing:", "iam:CreateServiceLinkedRole"];

        var wildcardActions = roles.ControlPlane.Permissions.Statement
            .Where(s => s.Resource!.Any(r => Text(r) == "*"))
            .SelectMany(s => s.Action);

        Assert.All(wildcardActions, action => Assert.Contains(unscopedPrefixes, prefix => action.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_statement_names_its_purpose()
    {
        var (_, roles) = Build();

        var statements = roles.ControlPlane.Permissions.Statement;

        Assert.All(statements, s => Assert.False(string.IsNullOrEmpty(s.Sid)));
        Assert.Equal(statements.Count, statements.Select(s => s.Sid).Distinct().Count());
    }

    [Fact]
    public void Instance_profile_is_named_like_its_role()
    {
        var (_, roles) = Build();

        Assert.Equal(roles.Worker.Role.Args.Name!.Value.KnownValue, roles.Worker.InstanceProfile.Args.Name!.Value.KnownValue);
        Assert.StartsWith("prod-", roles.Worker.AwsName, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_names_unfit_for_iam_and_ssm_are_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build("Prod_EU"));

        Assert.Contains("'Prod_EU'", error.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_path_prefixes_that_are_not_ssm_paths_are_refused_with_the_fix()
    {
        var program = new InfraProgram("infra", "node roles test");

        var error = Assert.Throws<ArgumentException>(() =>
            new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = "prod", Tags = RequiredTags, ParameterPathPrefix = "infra/" }));

        Assert.Contains("'infra/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("start with '/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_plane_reads_its_own_parameter_path_not_the_workers()
    {
        var (_, roles) = Build("prod");

        var read = roles.ControlPlane.Permissions.Statement.Single(s => s.Action.Contains("ssm:GetParameter"));

        Assert.All(read.Resource!, arn => Assert.Contains(":parameter/infra/prod/control-plane", Text(arn), StringComparison.Ordinal));
    }

    [Fact]
    public void Workers_get_no_volume_permissions_the_control_plane_does()
    {
        var (_, roles) = Build();

        static bool ChangesVolumes(NodeRole role) =>
            role.Permissions.Statement.SelectMany(s => s.Action).Any(a => a is "ec2:CreateVolume" or "ec2:AttachVolume" or "ec2:DeleteVolume");

        Assert.False(ChangesVolumes(roles.Worker));
        Assert.True(ChangesVolumes(roles.ControlPlane));
    }

    [Fact]
    public void The_control_plane_policy_fits_iams_inline_policy_size_limit()
    {
        // IAM allows 10,240 characters of inline policy per role, whitespace not counted. Deploy-time
        // parts are written as <source>, longer than any partition, region or account id they stand for.
        const int InlinePolicyLimit = 10_240;
        var (_, roles) = Build();

        var json = System.Text.Json.JsonSerializer.Serialize(roles.ControlPlane.Permissions.Statement.Select(s => new
        {
            s.Sid,
            s.Action,
            Resource = s.Resource?.Select(Text),
            Condition = s.Condition?.ToDictionary(c => c.Key, c => c.Value.ToDictionary(k => k.Key, k => k.Value.Select(Text))),
        }));

        Assert.InRange(json.Length + (roles.ControlPlane.Permissions.Statement.Count * "\"Effect\":\"Allow\",".Length), 1, InlinePolicyLimit);
    }
}
