using Infra.Tests.Cli;

namespace Infra.Tests.Stacks;

/// <summary>Adopting a VPC: public subnets are optional (an internal-only cluster), and when listed there is one per zone.</summary>
public sealed class AdoptedVpcTests : IDisposable
{
    private const string PrivateSubnets = "vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0a0000000000000a1, subnet-0b0000000000000b1, subnet-0c0000000000000c1], privateSubnetCidrs: [10.30.32.0/19, 10.30.64.0/19, 10.30.96.0/19]";

    private readonly TempProject project = new();

    private string ProgramFile => Path.Combine(project.Root, "program.yaml");

    public void Dispose() => project.Dispose();

    [Fact]
    public void An_adopted_vpc_without_public_subnets_compiles_an_internal_only_cluster()
    {
        project.WithConfigLine("prod", "infra:existingVpc", $"infra:existingVpc: {{{PrivateSubnets}}}");

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("public-a-cluster-tag", File.ReadAllText(ProgramFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_subnets_for_fewer_zones_than_the_stack_spans_are_refused()
    {
        project.WithConfigLine("prod", "infra:existingVpc", $"infra:existingVpc: {{{PrivateSubnets}, publicSubnetIds: [subnet-0a0000000000000a2]}}");

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("infra:existingVpc.publicSubnetIds: 'subnet-0a0000000000000a2' lists 1 subnets for 3 zones", result.Error, StringComparison.Ordinal);
        Assert.Contains("or none for an internal-only cluster", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_access_from_outside_the_vpc_without_public_subnets_is_refused()
    {
        project.WithConfigLine("prod", "infra:existingVpc", $"infra:existingVpc: {{{PrivateSubnets}}}");
        project.WithConfigLine("prod", "infra:apiAllowedCidrs", "infra:apiAllowedCidrs: [203.0.113.0/24]");

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("infra:apiAllowedCidrs: '203.0.113.0/24' needs a public load balancer but infra:existingVpc.publicSubnetIds lists none", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Interface_endpoints_the_vpc_already_has_are_not_created_again()
    {
        project.WithConfigLine("prod", "infra:existingVpc", $"infra:existingVpc: {{{PrivateSubnets}, existingEndpoints: [ssm, sts]}}");

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        var program = File.ReadAllText(ProgramFile);
        Assert.DoesNotContain("com.amazonaws.eu-west-1.ssm\n", program.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("com.amazonaws.eu-west-1.sts", program, StringComparison.Ordinal);
        Assert.Contains("com.amazonaws.eu-west-1.ecr.api", program, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_endpoint_the_stack_would_not_create_is_refused_with_the_one_it_resembles()
    {
        project.WithConfigLine("prod", "infra:existingVpc", $"infra:existingVpc: {{{PrivateSubnets}, existingEndpoints: [ecr-api]}}");

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("infra:existingVpc.existingEndpoints[0]: 'ecr-api' is not an interface endpoint the stack creates (did you mean 'ecr.api'?): use one of ecr.api, ecr.dkr, ssm, ssmmessages, ec2messages, sts", result.Error, StringComparison.Ordinal);
    }
}
