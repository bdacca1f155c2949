using Infra.Tests.Stacks;

namespace Infra.Tests.Cli;

/// <summary>
/// Input the command cannot use: exit code 2, nothing on stdout, no file written, and one message on
/// stderr naming where the input came from, the key, the bad value and what to do.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempProject project = new();

    private string ProgramFile => Path.Combine(project.Root, "program.yaml");

    public void Dispose() => project.Dispose();

    [Fact]
    public void A_missing_stack_file_is_named_with_how_to_create_it()
    {
        var result = project.Run("synth", "--stack", "qa", "--out", ProgramFile);

        AssertRefused(result, "Pulumi.qa.yaml", "not found", "pulumi stack init qa");
    }

    [Fact]
    public void A_mistyped_stack_name_suggests_the_stack_it_resembles()
    {
        var result = project.Run("synth", "--stack", "prd", "--out", ProgramFile);

        AssertRefused(result, "Pulumi.prd.yaml", "'prd'", "did you mean 'prod'?", "use one of dev, dev-platform, prod");
    }

    [Fact]
    public void A_stack_name_reaching_outside_the_project_is_not_a_stack_name()
    {
        var result = project.Run("synth", "--stack", "../prod", "--out", ProgramFile);

        AssertRefused(result, "--stack", "'../prod'", "use letters, digits");
    }

    [Fact]
    public void An_unknown_key_suggests_the_key_it_resembles()
    {
        project.WithConfigLine("prod", "infra:natMode", "infra:natMod: perZone");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:natMod", "'perZone'", "did you mean 'infra:natMode'?", "rename or remove it");
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_type_expected()
    {
        project.WithConfigLine("prod", "infra:expectedNodes", "infra:expectedNodes: lots");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:expectedNodes", "'lots'", "not a whole number", "use a number from 1 to 5000");
    }

    [Fact]
    public void A_malformed_cidr_is_refused_with_an_example()
    {
        project.WithConfigLine("prod", "infra:vpcCidr", "infra:vpcCidr: 10.30.0.0/33");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:vpcCidr", "'10.30.0.0/33'", "use an IPv4 CIDR such as 10.0.0.0/16");
    }

    [Fact]
    public void A_vpc_overlapping_the_service_network_is_refused()
    {
        project.WithConfigLine("prod", "infra:vpcCidr", "infra:vpcCidr: 10.96.0.0/16");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:vpcCidr", "'10.96.0.0/16'", "overlaps", "choose networks that do not overlap");
    }

    [Fact]
    public void A_zone_outside_the_region_lists_the_regions_zones()
    {
        project.WithConfigLine("prod", "infra:availabilityZones", "infra:availabilityZones: [eu-west-1a, eu-west-1b, us-east-1a]");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:availabilityZones[2]", "'us-east-1a'", "use one of eu-west-1a");
    }

    [Fact]
    public void An_unknown_region_suggests_the_region_it_resembles()
    {
        project.WithConfigLine("prod", "aws:region", "aws:region: eu-west-9");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "aws:region", "'eu-west-9'", "did you mean 'eu-west-1'?");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6000)]
    public void A_cluster_size_outside_the_supported_range_is_refused(int nodes)
    {
        project.WithConfigLine("prod", "infra:expectedNodes", $"infra:expectedNodes: {nodes}");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:expectedNodes", $"'{nodes}'", "out of range", "use a number from 1 to 5000");
    }

    [Fact]
    public void An_empty_cluster_name_is_refused_with_the_naming_rule()
    {
        project.WithConfigLine("prod", "infra:clusterName", "infra:clusterName: \"\"");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:clusterName", "''", "use lower-case letters");
    }

    [Fact]
    public void A_node_pool_whose_minimum_exceeds_its_maximum_is_refused()
    {
        project.WithConfigLine("prod", "infra:nodePools", "infra:nodePools: {general: {min: 30, max: 10, desired: 20, instanceTypes: [m6i.xlarge]}}");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infra:nodePools.general", "min 30", "max 10", "adjust");
    }

    [Fact]
    public void Malformed_yaml_in_a_stack_file_is_refused_without_a_stack_trace()
    {
        project.WithConfigLine("prod", "infra:owner", "infra:owner: [platform-team");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "malformed YAML", "fix the syntax");
    }

    [Fact]
    public void A_secret_in_plain_text_is_refused_and_masked()
    {
        const string secret = "PLAIN-TEXT-TOKEN-42";
        project.WithConfigLine("prod-platform", "infra:kubeconfig", $"infra:kubeconfig: \"apiVersion: v1 token {secret}\"");

        var result = project.Run("synth", "--stack", "prod-platform", "--out", ProgramFile);

        AssertRefused(result, "Pulumi.prod-platform.yaml", "infra:kubeconfig", "[secret]", "pulumi config set --secret infra:kubeconfig");
        Assert.DoesNotContain(secret, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_text_aws_secret_key_is_refused_and_masked()
    {
        const string secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        project.WithConfigLine("prod", "aws:secretKey", $"aws:secretKey: {secret}");

        var result = SynthProd();

        AssertRefused(result, "Pulumi.prod.yaml", "aws:secretKey", "[secret]", "credentials from its environment");
        Assert.DoesNotContain(secret, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_a_misspelt_namespace_suggests_the_project_key()
    {
        project.WithConfigLine("prod", "infra:natMode", "infr:natMode: single");

        AssertRefused(SynthProd(), "Pulumi.prod.yaml", "infr:natMode", "'single'", "did you mean 'infra:natMode'?", "rename or remove it");
    }

    [Fact]
    public void A_malformed_waiver_file_is_named_with_the_line_to_fix()
    {
        File.WriteAllText(project.WaiversPath, "waivers: [x\n");

        AssertRefused(SynthProd(), "waivers.yaml", "line 2", "not valid YAML", "fix the syntax");
    }

    [Fact]
    public void Malformed_PULUMI_CONFIG_is_refused_with_its_position()
    {
        var result = project.Run(InfraCli.PulumiEnvironment("prod", """{"aws:region": "eu-west-1", """), "compile");

        AssertRefused(result, "PULUMI_CONFIG", "malformed JSON", "position", "write a JSON object");
    }

    [Fact]
    public void A_bad_value_in_PULUMI_CONFIG_names_PULUMI_CONFIG_as_its_source()
    {
        var config = PulumiConfigJson.With(PulumiConfigJson.FromStackFile(File.ReadAllText(project.StackFile("prod"))), "infra:expectedNodes", "lots");

        var result = project.Run(InfraCli.PulumiEnvironment("prod", config), "compile");

        AssertRefused(result, "PULUMI_CONFIG", "infra:expectedNodes", "'lots'", "use a number from 1 to 5000");
    }

    [Fact]
    public void Every_problem_of_a_stack_is_reported_on_its_own_line()
    {
        project.WithConfigLine("prod", "infra:vpcCidr", "infra:vpcCidr: 10.30.0.0/33");
        project.WithConfigLine("prod", "infra:expectedNodes", "infra:expectedNodes: 0");

        var result = SynthProd();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Out);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("infra: Pulumi.prod.yaml: infra:", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_value_where_a_list_belongs_is_one_problem()
    {
        var config = PulumiConfigJson.With(PulumiConfigJson.FromStackFile(File.ReadAllText(project.StackFile("prod"))), "infra:availabilityZones", "eu-west-1a");

        var result = project.Run(InfraCli.PulumiEnvironment("prod", config), "compile");

        AssertRefused(result, "PULUMI_CONFIG", "infra:availabilityZones", "'eu-west-1a'", "not a list", "[eu-west-1a, eu-west-1b, eu-west-1c]");
    }

    [Fact]
    public void An_unknown_policy_format_lists_the_formats_there_are()
    {
        var result = project.Run("policy", "--stack", "prod", "--format", "xml");

        AssertRefused(result, "--format", "'xml'", "'text'", "'json'", "'markdown'");
    }

    [Fact]
    public void An_unknown_option_is_named()
    {
        var result = project.Run("synth", "--stack", "prod", "--bogus", "--out", ProgramFile);

        AssertRefused(result, "'--bogus'", "infra --help");
    }

    [Fact]
    public void A_bench_of_no_workloads_is_refused_with_the_range()
    {
        var result = project.Run("bench", "--workloads", "0", "--out", ProgramFile);

        AssertRefused(result, "--workloads", "0", "use 1 to 100000");
    }

    [Fact]
    public void A_missing_stack_option_is_named()
    {
        var result = project.Run("synth", "--out", ProgramFile);

        AssertRefused(result, "'--stack'", "required", "infra --help");
    }

    [Fact]
    public void A_workload_count_that_is_not_a_number_is_named()
    {
        var result = project.Run("bench", "--workloads", "many", "--out", ProgramFile);

        AssertRefused(result, "'--workloads'", "'many'", "infra --help");
    }

    [Fact]
    public void Synth_out_naming_a_folder_is_refused()
    {
        var result = project.Run("synth", "--stack", "prod", "--out", project.Root);

        AssertRefused(result, "--out", project.Root, "is a folder", "give the path of a file");
    }

    [Fact]
    public void Bench_out_under_a_missing_folder_is_refused()
    {
        var file = Path.Combine(project.Root, "missing", "bench.yaml");

        var result = project.Run("bench", "--workloads", "1", "--out", file);

        AssertRefused(result, "--out", file, "does not exist", "create it");
    }

    [Fact]
    public void Synth_out_under_a_missing_folder_is_refused()
    {
        var file = Path.Combine(project.Root, "missing", "program.yaml");

        var result = project.Run("synth", "--stack", "prod", "--out", file);

        AssertRefused(result, "--out", file, "does not exist", "create it");
        Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Fact]
    public void Render_out_under_a_missing_parent_folder_is_refused()
    {
        var folder = Path.Combine(project.Root, "missing", "rendered");

        var result = project.Run("render", "--stack", "prod-platform", "--out", folder);

        AssertRefused(result, "--out", folder, "does not exist", "create it");
        Assert.False(Directory.Exists(Path.GetDirectoryName(folder)));
    }

    [Fact]
    public void Bad_config_leaves_no_rendered_folder_behind()
    {
        var folder = Path.Combine(project.Root, "rendered");
        project.WithConfigLine("prod", "infra:vpcCidr", "infra:vpcCidr: 10.30.0.0/33");

        var result = project.Run("render", "--stack", "prod", "--out", folder);

        AssertRefused(result, "Pulumi.prod.yaml", "infra:vpcCidr");
        Assert.False(Directory.Exists(folder));
    }

    private CliResult SynthProd() => project.Run("synth", "--stack", "prod", "--out", ProgramFile);

    /// <summary>Exit 2, stdout empty, no program file, and one stderr line holding every fragment and no stack trace.</summary>
    private void AssertRefused(CliResult result, params string[] fragments)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(ProgramFile), "a refused run wrote the program file");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one message, got:\n{result.Error}");
        Assert.StartsWith("infra: ", lines[0], StringComparison.Ordinal);
        Assert.All(fragments, fragment => Assert.Contains(fragment, lines[0], StringComparison.Ordinal));
    }
}
