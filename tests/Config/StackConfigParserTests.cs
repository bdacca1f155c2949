using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class StackConfigParserTests
{
    /// <summary>One bad setting in an otherwise valid prod stack file, the report line it must produce
    /// (file, key, quoted value) and a fragment of the fix it must suggest.</summary>
    public static TheoryData<string, string, string, string> BadSettings => new()
    {
        { "infra:vpcCidr", "10.0.0.0/33", "infra:vpcCidr: '10.0.0.0/33' is not a valid CIDR", "use an IPv4 CIDR such as 10.0.0.0/16" },
        { "infra:vpcCidr", "10.0.0.1/16", "infra:vpcCidr: '10.0.0.1/16' has host bits set", "use the network address 10.0.0.0/16" },
        { "infra:vpcCidr", "10.0.0.0/8", "infra:vpcCidr: '10.0.0.0/8' has prefix /8", "use a prefix from /16 to /24" },
        { "infra:vpcCidr", "8.8.0.0/16", "infra:vpcCidr: '8.8.0.0/16' is not a private network", "use a network inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16" },
        { "aws:region", "eu-west-9", "aws:region: 'eu-west-9' is not a commercial AWS region (did you mean 'eu-west-1'?)", "use one such as eu-west-1" },
        { "infra:environment", "production", "infra:environment: 'production' is not one of dev, staging, prod", "use one of them" },
        { "infra:availabilityZones", "[eu-west-1a, us-east-1b, eu-west-1c]", "infra:availabilityZones[1]: 'us-east-1b' is not a zone of aws:region eu-west-1", "use one of eu-west-1a, eu-west-1b, eu-west-1c" },
        { "infra:availabilityZones", "[eu-west-1a, eu-west-1z, eu-west-1c]", "infra:availabilityZones[1]: 'eu-west-1z' is not a zone of aws:region eu-west-1", "use one of eu-west-1a" },
        { "infra:availabilityZones", "[eu-west-1a, eu-west-1b]", "infra:availabilityZones: 'eu-west-1a, eu-west-1b' lists 2 zones", "list from 3 (prod's minimum) to 6" },
        { "infra:availabilityZones", "[eu-west-1a, eu-west-1b, eu-west-1a]", "infra:availabilityZones[2]: 'eu-west-1a' is listed twice", "remove the repetition" },
        { "infra:availabilityZones", "eu-west-1a", "infra:availabilityZones: 'eu-west-1a' is a single value, not a list", "write it such as [eu-west-1a, eu-west-1b, eu-west-1c]" },
        { "infra:clusterName", "Prod_Cluster", "infra:clusterName: 'Prod_Cluster' is not a valid cluster name", "use lower-case letters, digits and '-'" },
        { "infra:clusterName", "''", "infra:clusterName: '' is not a valid cluster name", "1..40 characters" },
        { "infra:clusterName", new string('a', 41), $"infra:clusterName: '{new string('a', 41)}' is not a valid cluster name", "1..40 characters" },
        { "infra:vpcCdir", "10.0.0.0/16", "infra:vpcCdir: '10.0.0.0/16' is not a known key (did you mean 'infra:vpcCidr'?)", "rename or remove it" },
        { "infra:natMode", "perzone", "infra:natMode: 'perzone' is not one of perZone, single (did you mean 'perZone'?)", "use one of them" },
        { "infra:nodePools", "{general: {min: 5, max: 3}}", "infra:nodePools.general: 'min 5, desired 5, max 3' breaks min <= desired <= max", "adjust the sizes" },
        { "infra:nodePools", "{general: {min: abc}}", "infra:nodePools.general.min: 'abc' is not a whole number", "use a number from 0 to 5000" },
        { "infra:nodePools", "{general: {instanceTypes: [m6i]}}", "infra:nodePools.general.instanceTypes[0]: 'm6i' is not an EC2 instance type", "use family.size, such as m7i.4xlarge" },
        { "infra:nodePools", "{general: {mx: 3}}", "infra:nodePools.general.mx: '3' is not a known field (did you mean 'max'?)", "use kind, min, max, desired, instanceTypes, spotPercentage, onDemandBase" },
        { "infra:expectedNodes", "6000", "infra:expectedNodes: '6000' is out of range", "use a number from 1 to 5000" },
        { "infra:podCidr", "10.16.0.0/12", "infra:podCidr: '10.16.0.0/12' overlaps infra:vpcCidr 10.30.0.0/16", "choose networks that do not overlap" },
        { "infra:serviceCidr", "100.64.0.0/16", "infra:serviceCidr: '100.64.0.0/16' overlaps infra:podCidr 100.64.0.0/10", "choose networks that do not overlap" },
        { "infra:podCidr", "172.16.0.0/16", "infra:podCidr: '172.16.0.0/16' is too small: holds 256 node blocks (/24: 110 pods per node) but the pools' maxima need 1,003: 1,000 workers + 3 control-plane nodes", "use a larger infra:podCidr, such as 100.64.0.0/10, or lower the pools' max in infra:nodePools" },
        { "infra:assumeRoleArn", "arn:aws:iam::123:role/deployer", "infra:assumeRoleArn: 'arn:aws:iam::123:role/deployer' is not an IAM role ARN", "use arn:aws:iam::<12 digits>:role/<name>" },
        { "infra:existingVpc", "{vpcId: vpc-123, privateSubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef2]}", "infra:existingVpc.vpcId: 'vpc-123' is not a VPC id", "use vpc- followed by 8 or 17 hex digits" },
        { "infra:existingVpc", "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0123456789abcdef0]}", "infra:existingVpc.privateSubnetIds: 'subnet-0123456789abcdef0' lists 1 subnets for 3 zones", "list one private subnet per zone, in zone order" },
        { "infra:existingVpc", "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef2], privateSubnetCidrs: [10.30.0.0/20, 10.30.16.0/20, 10.99.0.0/20]}", "infra:existingVpc.privateSubnetCidrs[2]: '10.99.0.0/20' is outside the VPC's 10.30.0.0/16", "give the subnet's own range, inside the VPC" },
        { "infra:existingVpc", "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef2]}", "infra:existingVpc.privateSubnetCidrs", "list the CIDR of each private subnet" },
        { "infra:policy", "{AWS-001: strict}", "infra:policy.AWS-001: 'strict' is not one of disabled, advisory, mandatory", "use one of them" },
        { "infra:policy", "{AWS-01: advisory}", "infra:policy.AWS-01: 'AWS-01' is not a policy rule id (did you mean 'AWS-001'?)", "use an id from policies/README.md" },
        { "infra:apiAllowedCidrs", "[203.0.113.0/24, 0.0.0.0/33]", "infra:apiAllowedCidrs[1]: '0.0.0.0/33' is not a valid CIDR", "use an IPv4 CIDR such as 10.0.0.0/16" },
        { "infra:clusterStack", "acme/infra/prod", "infra:clusterStack: 'acme/infra/prod' is not read by the cluster layer", "move it to Pulumi.prod-platform.yaml" },
        { "infra:owner", "'owner<script>'", "infra:owner: 'owner<script>' is not a usable tag value", "use an AWS tag value" },
        { "infra:expectedNodes", "{count: 1000}", "infra:expectedNodes: '{\"count\":1000}' is a map, not a single value", "write one value such as 1000" },
        { "infra:policy", "advisory", "infra:policy: 'advisory' is a single value, not a map", "write it such as {AWS-004: mandatory}" },
        { "environment", "prod", "environment: 'prod' has no namespace", "write it as infra:environment" },
        { "infra:images", "{amd64: {ami: ami-12345, kernel: 6.8.0-1021-aws, name: ubuntu-noble}}", "infra:images.amd64.ami: 'ami-12345' is not an AMI id", "use ami- followed by 8 or 17 hex digits" },
        { "infra:images", "{amd64: {ami: ami-0123456789abcdef0, kernel: '6.8', name: ubuntu-noble}}", "infra:images.amd64.kernel: '6.8' is not a kernel version", "such as 6.8.0-1021-aws" },
        { "infra:images", "{x86: {ami: ami-0123456789abcdef0, kernel: 6.8.0-1021-aws, name: ubuntu-noble}}", "infra:images.x86: 'x86' is not an architecture", "use amd64 or arm64" },
        { "infra:images", "{amd64: {ami: ami-0123456789abcdef0, name: ubuntu-noble}}", "infra:images.amd64.kernel: not set", "add it, such as" },
        { "infra:images", "{arm64: {ami: ami-0123456789abcdef0, kernel: 6.8.0-1021-aws, name: ubuntu-noble}}", "infra:images.amd64: not set", "etcd members and control-plane nodes run amd64 instances" },
        { "infra:rollout", "etcd-f", "infra:rollout: 'etcd-f' is not an etcd member or control-plane node of this stack", "use one of etcd-a, etcd-b, etcd-c, etcd-d, etcd-e, etcd-events-a" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_is_reported_with_file_key_value_and_fix(string key, string yamlValue, string expectedLine, string expectedFix)
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, yamlValue)));

        var line = Assert.Single(error.Problems, p => p.StartsWith($"Pulumi.prod.yaml: {expectedLine}", StringComparison.Ordinal));
        Assert.Contains(expectedFix, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("infra:owner", "run `pulumi config set infra:owner <value>`")]
    [InlineData("infra:costCenter", "run `pulumi config set infra:costCenter <value>`")]
    [InlineData("infra:environment", "run `pulumi config set infra:environment <dev|staging|prod>`")]
    [InlineData("aws:region", "run `pulumi config set aws:region <region>`")]
    public void A_missing_required_key_is_reported_with_the_command_that_sets_it(string key, string expectedFix)
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, null)));

        var line = Assert.Single(error.Problems);
        Assert.StartsWith($"Pulumi.prod.yaml: {key}: not set: ", line, StringComparison.Ordinal);
        Assert.Contains(expectedFix, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_on_a_layer_that_does_not_read_it_is_one_problem_whatever_its_value()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:existingVpc", "{a: {b: 1}}")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("Pulumi.prod-platform.yaml: infra:existingVpc: '{\"a\":{\"b\":1}}' is not read by the platform layer: move it to Pulumi.prod.yaml", problem);
    }

    [Fact]
    public void Every_problem_is_reported_one_per_line()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:vpcCidr", "10.0.0.0/33", "infra:natMode", "double")));

        Assert.Equal(2, error.Problems.Count);
        Assert.Equal(error.Problems, error.Message.Split('\n'));
    }

    [Fact]
    public void A_wrong_environment_stops_the_report_before_checks_that_depend_on_it()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:environment", "qa", "infra:vpcCidr", "10.0.0.0/33")));

        Assert.StartsWith("Pulumi.prod.yaml: infra:environment: 'qa'", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_other_than_the_stack_names_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:environment", "dev")));

        Assert.Equal("Pulumi.prod-platform.yaml: infra:environment: 'dev' contradicts the stack name 'prod-platform': set it to prod, or deploy dev from stack dev or dev-platform", error.Message);
    }

    [Fact]
    public void A_stack_named_otherwise_may_configure_any_environment()
    {
        Assert.Equal(EnvironmentName.Dev, LoadFile("sandbox-eu", ProdWith("infra:environment", "dev")).Environment);
    }

    [Fact]
    public void An_explicit_cluster_layer_on_a_platform_stack_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:layer", "cluster")));

        Assert.Contains("Pulumi.prod-platform.yaml: infra:layer: 'cluster' contradicts the stack name 'prod-platform'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pulumis_own_settings_pass_through_unchecked()
    {
        var config = LoadFile("prod", ProdWith("pulumi:tags", "{team: platform}", "pulumi:disable-default-providers", "['*']"));

        Assert.Equal(["pulumi:disable-default-providers", "pulumi:tags"], config.PassThroughKeys);
    }
}
