using Infra.Tests.Policies.Support;
using Infra.Aws.Ec2;
using Infra.Policies.Engine;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Cli;
using YamlDotNet.RepresentationModel;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public class PolicyGateTests
{
    /// <summary>A waiver for prod that expired before <see cref="InfraCli.Today"/>: the engine's own mandatory finding.</summary>
    private const string ExpiredWaiver = """
        waivers:
          - id: W-0001
            rule: AWS-001
            resource: ""
            environment: prod
            reason: Accepted until the migration lands.
            owner: platform-network
            expires: 2025-12-31
        """;

    /// <summary>A rule mandatory in production that flags a VPC spanning 10.77.0.0/16, so config alone decides the finding.</summary>
    private static readonly PolicyPack ReservedRangePack = new("test", [new TestRule("TEST-001", mandatoryInProduction: true, context =>
        context.ResourcesOf<Vpc>().Where(vpc => vpc.Args.CidrBlock.KnownValue == "10.77.0.0/16")
            .Select(r => RuleViolation.Of(r, "cidrBlock", "10.77.0.0/16 is reserved for the office network: choose another range")))]);

    [Fact]
    public void A_prod_stack_with_mandatory_findings_exits_1_with_findings_on_stderr_and_nothing_on_stdout()
    {
        using var project = new TempProject();
        File.WriteAllText(project.WaiversPath, ExpiredWaiver);

        var result = project.Run("synth", "--stack", "prod");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains(EngineFindings.WaiverExpiredId, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_mode_blocks_a_prod_stack_with_mandatory_findings_the_same_way()
    {
        using var project = new TempProject();
        File.WriteAllText(project.WaiversPath, ExpiredWaiver);
        var config = PulumiConfigJson.FromStackFile(File.ReadAllText(project.StackFile("prod")));

        var result = project.Run(InfraCli.PulumiEnvironment("prod", config), "compile");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains(EngineFindings.WaiverExpiredId, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_mandatory_in_production_blocks_prod_when_config_breaks_it()
    {
        var synthesis = Synthesize("prod", "10.77.0.0/16");

        Assert.True(synthesis.Report.HasMandatory);
        Assert.Contains(synthesis.Report.Findings, f => f.RuleId == "TEST-001" && f.Blocks);
    }

    [Fact]
    public void The_same_rule_outside_production_is_an_advisory_finding_exported_as_policyFindings()
    {
        var synthesis = Synthesize("dev", "10.77.0.0/16");
        var program = Infra.Emit.PulumiYaml.PulumiYamlEmitter.ToYaml(synthesis.Program);

        Assert.False(synthesis.Report.HasMandatory);
        Assert.Matches(@"(?m)^outputs:\n(  .*\n)*  policyFindings:\n    - .*TEST-001.*10\.77\.0\.0/16 is reserved", program);
    }

    [Fact]
    public void A_prod_stack_configured_against_a_mandatory_rule_is_blocked()
    {
        using var project = new TempProject();
        project.WithConfigLine("prod", "infra:natMode", "infra:natMode: single");

        var result = project.Run("synth", "--stack", "prod");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains("MANDATORY AWS-006", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stacks_advisory_findings_are_exported_as_the_policyFindings_output()
    {
        var advisory = InfraCli.Run("policy", "--stack", "dev").Out
            .Split('\n')
            .Where(line => line.StartsWith("ADVISORY ", StringComparison.Ordinal));

        var exported = PolicyFindingsOutput(InfraCli.Run("synth", "--stack", "dev").Out);

        Assert.NotEmpty(exported);
        Assert.Equal(advisory, exported);
    }

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_reference_stack_passes_the_gate_with_no_reachability_or_unneeded_rule_finding(string stack)
    {
        var report = StackPipeline.FromStackFile(RepositoryRoot.Path, stack, new FixedTime(InfraCli.Today)).Report;

        Assert.Empty(report.Findings.Where(f => f.RuleId.StartsWith("NET-", StringComparison.Ordinal)).Select(f => f.Message));
    }

    private static string[] PolicyFindingsOutput(string program)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(program));
        var outputs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("outputs")];
        return ((YamlSequenceNode)outputs.Children[new YamlScalarNode(StackNames.PolicyFindingsOutput)]).Children
            .Select(item => ((YamlScalarNode)item).Value!)
            .ToArray();
    }

    private static StackSynthesis Synthesize(string stack, string vpcCidr)
    {
        var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText(stack),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
            ["infra:vpcCidr"] = new RawText(vpcCidr),
        };
        var config = StackConfigLoader.Parse("test", stack, values);
        return StackPipeline.Synthesize(config, "test", RepositoryRoot.Path, new FixedTime(InfraCli.Today), ReservedRangePack);
    }
}
