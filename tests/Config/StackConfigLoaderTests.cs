using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class StackConfigLoaderTests
{
    private const string SecretValue = "apiVersion: v1 # kubeconfig-SECRET-7f3a9c";

    [Theory]
    [InlineData("dev", EnvironmentName.Dev, StackLayer.Cluster)]
    [InlineData("dev-platform", EnvironmentName.Dev, StackLayer.Platform)]
    [InlineData("staging", EnvironmentName.Staging, StackLayer.Cluster)]
    [InlineData("staging-platform", EnvironmentName.Staging, StackLayer.Platform)]
    [InlineData("prod", EnvironmentName.Prod, StackLayer.Cluster)]
    [InlineData("prod-platform", EnvironmentName.Prod, StackLayer.Platform)]
    public void Every_example_stack_file_loads(string stack, EnvironmentName environment, StackLayer layer)
    {
        var config = StackConfigLoader.FromStackFile(ProjectDir, stack);

        Assert.Equal((stack, environment, layer), (config.StackName, config.Environment, config.Layer));
        Assert.Empty(config.SecretsSet);
    }

    [Fact]
    public void The_prod_example_names_three_zones()
    {
        var config = StackConfigLoader.FromStackFile(ProjectDir, "prod");

        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], config.AvailabilityZones);
    }

    [Fact]
    public void The_prod_stack_file_and_Pulumis_environment_give_equal_config()
    {
        var environment = Environment("prod", new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            ["infra:environment"] = "prod",
            ["infra:owner"] = "platform-team",
            ["infra:costCenter"] = "cc-2001",
            ["infra:availabilityZones"] = """["eu-west-1a","eu-west-1b","eu-west-1c"]""",
            ["infra:vpcCidr"] = "10.30.0.0/16",
            ["infra:natMode"] = "perZone",
            ["infra:expectedNodes"] = "1000",
            ["infra:nodePools"] = """
                {"general":{"kind":"general","min":3,"max":584,"desired":3,"instanceTypes":["m6i.xlarge","m6a.xlarge"]},
                 "compute":{"kind":"compute","min":0,"max":128,"instanceTypes":["c7i.4xlarge","c6i.4xlarge"]},
                 "memory":{"kind":"memory","min":0,"max":256,"instanceTypes":["r7i.4xlarge","r6i.4xlarge"]},
                 "gpu":{"kind":"gpu","min":0,"max":32,"instanceTypes":["g4dn.xlarge"]}}
                """,
            ["infra:images"] = """{"amd64":{"ami":"ami-00000000000000000","kernel":"6.8.0-1021-aws","name":"operator-to-set ubuntu-noble-24.04-amd64-server"}}""",
        });

        Assert.Equal(StackConfigLoader.FromStackFile(ProjectDir, "prod"), StackConfigLoader.FromEnvironment(environment));
    }

    [Fact]
    public void Structured_values_as_YAML_and_as_JSON_text_give_equal_config()
    {
        var structured = new Dictionary<string, string>
        {
            ["infra:existingVpc"] = """{"vpcId":"vpc-0123456789abcdef0","privateSubnetIds":["subnet-0123456789abcdef0","subnet-0123456789abcdef1","subnet-0123456789abcdef4"],"privateSubnetCidrs":["10.20.32.0/19","10.20.64.0/19","10.20.96.0/19"],"publicSubnetIds":["subnet-0123456789abcdef2","subnet-0123456789abcdef3","subnet-0123456789abcdef5"]}""",
            ["infra:nodePools"] = """[{"name":"system","min":2,"max":4,"instanceTypes":["m6i.large"]},{"name":"batch","min":0,"max":200,"desired":0}]""",
            ["infra:policy"] = """{"AWS-001":"disabled","AWS-002":"mandatory"}""",
            ["infra:apiAllowedCidrs"] = """["203.0.113.0/24","198.51.100.0/24"]""",
            ["infra:availabilityZones"] = """["eu-west-1a","eu-west-1b","eu-west-1c"]""",
        };
        var scalars = new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            ["infra:environment"] = "staging",
            ["infra:owner"] = "data team",
            ["infra:costCenter"] = "cc-9",
            ["infra:expectedNodes"] = "200",
            ["infra:assumeRoleArn"] = "arn:aws:iam::123456789012:role/infra-deployer",
        };
        var yaml = "config:\n"
            + string.Concat(scalars.Select(s => $"  {s.Key}: '{s.Value}'\n"))
            + """
                infra:existingVpc:
                  vpcId: vpc-0123456789abcdef0
                  privateSubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef4]
                  privateSubnetCidrs: [10.20.32.0/19, 10.20.64.0/19, 10.20.96.0/19]
                  publicSubnetIds:
                    - subnet-0123456789abcdef2
                    - subnet-0123456789abcdef3
                    - subnet-0123456789abcdef5
                infra:nodePools:
                  - name: system
                    min: 2
                    max: 4
                    instanceTypes: [m6i.large]
                  - {name: batch, min: 0, max: 200, desired: 0}
                infra:policy:
                  AWS-001: disabled
                  AWS-002: mandatory
                infra:apiAllowedCidrs: [203.0.113.0/24, 198.51.100.0/24]
                infra:availabilityZones: [eu-west-1a, eu-west-1b, eu-west-1c]

              """;

        var fromFile = LoadFileText("staging", yaml);
        var fromEnvironment = StackConfigLoader.FromEnvironment(Environment("staging", scalars.Concat(structured).ToDictionary()));

        Assert.Equal(fromFile, fromEnvironment);
        Assert.Equal(["batch", "system"], fromFile.NodePools.Select(p => p.Name));
    }

    [Fact]
    public void A_missing_stack_file_is_named_with_how_to_create_it()
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.FromStackFile(ProjectDir, "qa"));

        Assert.StartsWith("Pulumi.qa.yaml: not found in ", error.Message, StringComparison.Ordinal);
        Assert.Contains("create it with `pulumi stack init qa`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_YAML_is_reported_with_its_line_and_column()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFileText("dev", "config:\n  infra:environment: dev\n  infra:owner: [unclosed\n"));

        Assert.Matches(@"^Pulumi\.dev\.yaml: line \d+, column \d+: malformed YAML .*: fix the syntax there", error.Message);
    }

    [Fact]
    public void A_key_given_twice_in_a_stack_file_is_reported_as_malformed()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFileText("dev", "config:\n  infra:environment: dev\n  infra:environment: prod\n"));

        Assert.StartsWith("Pulumi.dev.yaml: line 3, column 3: malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_stack_file_asks_for_the_required_keys()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFileText("dev", ""));

        Assert.Equal(["Pulumi.dev.yaml: aws:region: not set", "Pulumi.dev.yaml: infra:environment: not set"], error.Problems.Select(p => p[..p.IndexOf(": not set", StringComparison.Ordinal)] + ": not set"));
    }

    [Fact]
    public void Malformed_JSON_inside_PULUMI_CONFIG_is_reported_with_its_key_and_position()
    {
        var values = ValidProd.Append(KeyValuePair.Create("infra:nodePools", "{\"general\": {\"min\": }")).ToDictionary();

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.FromEnvironment(Environment("prod", values)));

        Assert.StartsWith("PULUMI_CONFIG: infra:nodePools: '{\"general\": {\"min\": }' is not valid JSON (line 1, position ", error.Message, StringComparison.Ordinal);
        Assert.Contains("write it such as {general: {kind: general, min: 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_under_Pulumi_name_PULUMI_CONFIG_as_their_source()
    {
        var values = new Dictionary<string, string>(ValidProd) { ["infra:vpcCidr"] = "10.0.0.0/33" };

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.FromEnvironment(Environment("prod", values)));

        Assert.Equal("PULUMI_CONFIG: infra:vpcCidr: '10.0.0.0/33' is not a valid CIDR: use an IPv4 CIDR such as 10.0.0.0/16", error.Message);
    }

    [Fact]
    public void Without_PULUMI_CONFIG_the_compiler_says_how_to_run()
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.FromEnvironment(new System.Collections.Hashtable { ["PULUMI_STACK"] = "prod" }));

        Assert.StartsWith("PULUMI_CONFIG: not set: run the compiler through `pulumi preview`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_secret_is_recorded_as_set_and_its_value_is_not_kept()
    {
        var values = new Dictionary<string, string>(ValidProd) { ["infra:kubeconfig"] = SecretValue };

        var config = StackConfigLoader.FromEnvironment(Environment("prod-platform", values));

        Assert.Equal(["infra:kubeconfig"], config.SecretsSet);
        Assert.True(config.UsesOwnKubeconfig);
        Assert.DoesNotContain("SECRET-7f3a9c", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_secret_in_a_stack_file_is_recorded_as_set()
    {
        var config = LoadFile("prod-platform", ProdWith("infra:kubeconfig", "{secure: v1:AAAABBBBCCCC}"));

        Assert.Equal(["infra:kubeconfig"], config.SecretsSet);
    }

    public static TheoryData<string, IReadOnlyDictionary<string, string>, string[], string> SecretMisuses => new()
    {
        { "prod", new Dictionary<string, string>(ValidProd) { ["infra:kubeconfig"] = SecretValue }, [], "PULUMI_CONFIG: infra:kubeconfig: [secret] is not read by the cluster layer: move it to Pulumi.prod-platform.yaml" },
        { "prod-platform", new Dictionary<string, string>(ValidProd) { ["infra:kubeconfig"] = SecretValue, ["infra:clusterStack"] = "acme/infra/prod" }, [], "PULUMI_CONFIG: infra:kubeconfig: [secret] and infra:clusterStack are both set" },
        { "prod", new Dictionary<string, string>(ValidProd) { ["infra:owner"] = SecretValue }, ["infra:owner"], "PULUMI_CONFIG: infra:owner: [secret] is stored as a secret but is not secret" },
        { "prod", new Dictionary<string, string>(ValidProd) { ["infra:ownr"] = SecretValue }, ["infra:ownr"], "PULUMI_CONFIG: infra:ownr: [secret] is not a known key (did you mean 'infra:owner'?)" },
        { "prod", new Dictionary<string, string>(ValidProd) { ["aws:secretKey"] = SecretValue, ["infra:vpcCidr"] = "bad" }, ["aws:secretKey"], "PULUMI_CONFIG: infra:vpcCidr: 'bad' is not a valid CIDR" },
    };

    [Theory]
    [MemberData(nameof(SecretMisuses))]
    public void A_secret_value_never_appears_in_a_message(string stack, IReadOnlyDictionary<string, string> values, string[] secretKeys, string expectedProblem)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.FromEnvironment(Environment(stack, values, secretKeys)));

        Assert.Contains(expectedProblem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-7f3a9c", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_written_in_plain_text_in_a_stack_file_is_refused_without_showing_it()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:kubeconfig", "'" + SecretValue + "'")));

        Assert.Contains("Pulumi.prod-platform.yaml: infra:kubeconfig: [secret] is stored in plain text: remove it from the file and run `pulumi config set --secret infra:kubeconfig <value>`", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-7f3a9c", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphertext_of_an_unknown_secret_key_is_not_shown()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:token", "{secure: v1:CIPHERTEXT42}")));

        Assert.Contains("Pulumi.prod.yaml: infra:token: [secret] is not a known key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CIPHERTEXT42", error.Message, StringComparison.Ordinal);
    }
}
