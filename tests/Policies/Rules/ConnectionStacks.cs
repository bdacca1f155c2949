using System.Collections.Concurrent;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Cli;
using Infra.Tests.Policies.Support;
using Infra.Tests.Stacks;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

/// <summary>The reference stacks' programs, synthesized once per test run, and the prod stack in an adopted VPC.</summary>
internal static class ConnectionStacks
{
    /// <summary>The prod stack's config with <c>infra:existingVpc</c>: its VPC and subnets exist, the cluster adopts them.</summary>
    private const string AdoptedVpc = """
          infra:existingVpc:
            vpcId: vpc-0123456789abcdef0
            privateSubnetIds: [subnet-0a0000000000000a1, subnet-0b0000000000000b1, subnet-0c0000000000000c1]
            privateSubnetCidrs: [10.30.32.0/19, 10.30.64.0/19, 10.30.96.0/19]
            publicSubnetIds: [subnet-0a0000000000000a2, subnet-0b0000000000000b2, subnet-0c0000000000000c2]

        """;

    private static readonly ConcurrentDictionary<string, Lazy<InfraProgram>> Programs = new(StringComparer.Ordinal);

    public static InfraProgram Of(string stack) =>
        Programs.GetOrAdd(stack, name => new Lazy<InfraProgram>(() =>
            name == AdoptedStack ? Adopted() : StackPipeline.FromStackFile(RepositoryRoot.Path, name, new FixedTime(InfraCli.Today)).Program)).Value;

    /// <summary>The name <see cref="Of"/> knows the prod stack in an adopted VPC by.</summary>
    public const string AdoptedStack = "prod-adopted";

    private static InfraProgram Adopted()
    {
        var directory = Directory.CreateTempSubdirectory("infra-adopted-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, $"Pulumi.{AdoptedStack}.yaml"), File.ReadAllText(StackFiles.PathOf("prod")) + AdoptedVpc);
            var config = StackConfigLoader.FromStackFile(directory.FullName, AdoptedStack);
            return StackPipeline.Synthesize(config, "test", RepositoryRoot.Path, new FixedTime(InfraCli.Today)).Program;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
