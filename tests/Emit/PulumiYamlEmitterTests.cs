using Infra.Aws.Ec2;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Tests.Support;

namespace Infra.Tests.Emit;

public class PulumiYamlEmitterTests
{
    [Fact]
    public void A_small_program_matches_its_golden_file()
    {
        Golden.AssertMatches(PulumiYamlEmitter.ToYaml(SmallProgram()), "emitter-basics.yaml");
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        Assert.Equal(PulumiYamlEmitter.ToYaml(SmallProgram()), PulumiYamlEmitter.ToYaml(SmallProgram()));
    }

    [Fact]
    public void A_typed_reference_is_written_as_an_expression()
    {
        var yaml = PulumiYamlEmitter.ToYaml(SmallProgram());

        Assert.Contains("vpcId: ${network-vpc.id}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_dollar_braces_are_escaped_and_interpolated_outputs_are_not()
    {
        var yaml = PulumiYamlEmitter.ToYaml(SmallProgram());

        Assert.Contains("note: cost $${HOME} for ${network-vpc.cidrBlock}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_outputs_are_wrapped_in_fn_secret()
    {
        var yaml = PulumiYamlEmitter.ToYaml(SmallProgram());

        Assert.Contains("token:\n    fn::secret: ${token}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_asked_for_twice_is_defined_once_and_interpolated_by_name()
    {
        var program = new InfraProgram("infra", "variables");
        var lookups = 0;
        Expr<string> Account() => program.Variable("account-id", () =>
        {
            lookups++;
            return Fn.Invoke<string>("aws:index/getCallerIdentity:getCallerIdentity", new Dictionary<string, object>(), "accountId");
        });
        _ = new Vpc(program.Root, "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16", Tags = new Dictionary<string, Expr<string>> { ["a"] = Fn.Interpolate($"arn:{Account()}"), ["b"] = Account() } });

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Equal(1, lookups);
        Assert.Contains("variables:\n  account-id:\n    fn::invoke:", yaml, StringComparison.Ordinal);
        Assert.Contains("a: arn:${account-id}\n        b: ${account-id}\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_named_like_a_resource_is_refused()
    {
        var program = new InfraProgram("infra", "variables");
        _ = new Vpc(program.Root, "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16" });

        var error = Assert.Throws<InvalidOperationException>(() => program.Variable<string>("vpc", () => "x"));

        Assert.Contains("has the name of a resource", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_resources_with_one_path_are_refused_naming_both()
    {
        var program = new InfraProgram("infra", "test");
        var scope = program.Root.Child("network");
        _ = new Vpc(scope, "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16" });

        var error = Assert.Throws<InvalidOperationException>(() => new Vpc(scope, "vpc", new VpcArgs { CidrBlock = "10.1.0.0/16" }));

        Assert.Contains("network-vpc", error.Message, StringComparison.Ordinal);
    }

    private static InfraProgram SmallProgram()
    {
        var program = new InfraProgram("infra", "emitter basics");
        var network = program.Root.Child("network");
        var vpc = new Vpc(network, "vpc", new VpcArgs
        {
            CidrBlock = "10.0.0.0/16",
            EnableDnsHostnames = true,
            Tags = new Dictionary<string, Expr<string>> { ["Name"] = "main" },
        });
        var note = Fn.Interpolate($"cost ${{HOME}} for {vpc.CidrBlock}");
        _ = new TestSubnet(network, "subnet-a", new TestSubnetArgs { VpcId = vpc.Id, CidrBlock = "10.0.0.0/19", Note = note },
            new ResourceOptions { DependsOn = [vpc], IgnoreChanges = ["tags"] });
        var token = program.DeclareConfig("token", "string", secret: true);
        program.Export("vpcId", vpc.Id);
        program.Export("token", token.Read<string>(), secret: true);
        return program;
    }

    private sealed record TestSubnetArgs
    {
        public required Expr<string> VpcId { get; init; }

        public required Expr<string> CidrBlock { get; init; }

        public Expr<string>? Note { get; init; }
    }

    private sealed class TestSubnet(Scope scope, string id, TestSubnetArgs args, ResourceOptions? options)
        : Resource<TestSubnetArgs>(scope, id, "aws:ec2/subnet:Subnet", args, options);
}
