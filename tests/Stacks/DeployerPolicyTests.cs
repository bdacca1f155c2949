using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Tests.Cli;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

/// <summary>
/// stacks/iam/deployer-policy.json, the permissions the guide tells an operator to give the identity that runs
/// <c>pulumi up</c>: it grants an action of every AWS service the programs' resource types and functions belong to, and
/// nothing of a service they do not use, so a resource of a new AWS service cannot land without that service's actions.
/// </summary>
public partial class DeployerPolicyTests
{
    /// <summary>
    /// The IAM service of each Pulumi AWS module the programs use. <c>index</c> holds getCallerIdentity, getRegion and
    /// getPartition, which need no permission (sts:GetCallerIdentity is always allowed). A module missing here fails
    /// the test: add its IAM service and the actions its resources call to the policy document.
    /// </summary>
    private static readonly Dictionary<string, string?> IamServiceOfModule = new(StringComparer.Ordinal)
    {
        ["autoscaling"] = "autoscaling",
        ["ebs"] = "ec2",
        ["ec2"] = "ec2",
        ["iam"] = "iam",
        ["index"] = null,
        ["kms"] = "kms",
        ["lb"] = "elasticloadbalancing",
        ["route53"] = "route53",
        ["s3"] = "s3",
        ["ssm"] = "ssm",
        ["vpc"] = "ec2",
    };

    /// <summary>The document the guide attaches to the deployer role as a managed policy.</summary>
    private static readonly string PolicyPath = Path.Combine(RepositoryRoot.Path, "stacks", "iam", "deployer-policy.json");

    private static readonly IReadOnlyList<string> Actions = ReadActions();

    private static IReadOnlyList<string> GrantedServices => Actions.Select(a => a.Split(':')[0]).Distinct(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_AWS_module_a_stacks_program_uses_is_granted_by_the_deployer_policy(string stack)
    {
        foreach (var module in AwsModulesOf(stack))
        {
            Assert.True(IamServiceOfModule.TryGetValue(module, out var service), $"{stack} uses aws:{module}, which has no IAM service here: add it and its actions to stacks/iam/deployer-policy.json");
            Assert.True(service is null || GrantedServices.Contains(service), $"{stack} uses aws:{module} but stacks/iam/deployer-policy.json grants no {service}: action");
        }
    }

    [Fact]
    public void The_deployer_policy_grants_no_service_the_programs_do_not_use()
    {
        var used = StackFiles.Names.SelectMany(AwsModulesOf).Select(m => IamServiceOfModule.GetValueOrDefault(m)).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(GrantedServices, s => !used.Contains(s));
    }

    [Fact]
    public void The_deployer_policy_grants_no_whole_service()
    {
        Assert.DoesNotContain(Actions, a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deployer_policy_fits_in_one_managed_policy_of_at_most_6144_characters_without_whitespace()
    {
        var text = File.ReadAllText(PolicyPath);

        // IAM's quota for a managed policy document (IAM User Guide, "IAM and AWS STS quotas"), counted without whitespace.
        Assert.InRange(text.Count(c => !char.IsWhiteSpace(c)), 1, 6_144);
    }

    /// <summary>The modules of every aws: resource type and function in the stack's synthesized program.</summary>
    private static IEnumerable<string> AwsModulesOf(string stack)
    {
        var synth = InfraCli.Run("synth", "--stack", stack);
        Assert.True(synth.ExitCode == 0, synth.ToString());
        return AwsToken().Matches(synth.Out).Select(m => m.Groups["module"].Value).Distinct(StringComparer.Ordinal);
    }

    private static List<string> ReadActions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PolicyPath));
        var actions = new List<string>();
        foreach (var statement in document.RootElement.GetProperty("Statement").EnumerateArray())
        {
            var action = statement.GetProperty("Action");
            actions.AddRange(action.ValueKind == JsonValueKind.Array ? action.EnumerateArray().Select(a => a.GetString()!) : [action.GetString()!]);
        }

        return actions;
    }

    [GeneratedRegex(@"(?:type|function): aws:(?<module>[A-Za-z0-9]+)/")]
    private static partial Regex AwsToken();
}
