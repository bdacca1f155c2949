using Infra.Aws.Ec2;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.NodePools;
using Infra.Platform;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;

namespace Infra.Tests.Conformance;

/// <summary>
/// Every program under tests/fixtures/conformance, and programs emitted from the model, checked in
/// one compiler run shared by the tests of a class: loading the SDK declarations dominates the
/// cost, so the suite pays it once.
/// Throws (failing every test, with the install command) when the SDKs are not installed.
/// </summary>
public sealed class ConformanceFixturePrograms
{
    public ConformanceFixturePrograms()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "fixtures", "conformance");
        var programs = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(root, file).Replace('\\', '/')[..^".yaml".Length],
                File.ReadAllText,
                StringComparer.Ordinal);
        programs["emitted/vpc"] = PulumiYamlEmitter.ToYaml(EmittedVpc());
        programs["emitted/hardware-add-ons"] = PulumiYamlEmitter.ToYaml(EmittedHardwareAddOns());
        programs["emitted/tenant-workloads"] = PulumiYamlEmitter.ToYaml(EmittedTenantWorkloads());
        programs["emitted/network-policies"] = PulumiYamlEmitter.ToYaml(EmittedNetworkPolicies());
        Results = ConformanceChecker.Check(programs);
    }

    /// <summary>A program written by the emitter, so the check covers what the compiler really prints (config, interpolation, secrets).</summary>
    private static InfraProgram EmittedVpc()
    {
        var program = new InfraProgram("network", "A VPC emitted from the model.");
        var cidr = program.DeclareConfig("vpcCidr", "string", secret: false);
        var vpc = new Vpc(program.Root, "vpc", new VpcArgs
        {
            CidrBlock = cidr.Read<string>(),
            EnableDnsHostnames = true,
            Tags = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["Name"] = Fn.Interpolate($"{cidr.Read<string>()} network") },
        });
        program.Export("vpcId", (Expr<string>)vpc.Id);
        program.Export("vpcArn", (Expr<string>)vpc.Arn, secret: true);
        return program;
    }

    /// <summary>The node agents of a GPU pool and a local SSD pool: their releases and storage class, as the platform stack emits them.</summary>
    private static InfraProgram EmittedHardwareAddOns()
    {
        var program = new InfraProgram("platform", "The agents of GPU and local SSD pools.");
        HardwareAddOns.Compose(program.Root, [Pool("gpu", NodePoolKind.Gpu, localSsd: false), Pool("storage", NodePoolKind.General, localSsd: true)]);
        return program;

        static NodePoolConfig Pool(string name, NodePoolKind kind, bool localSsd) =>
            new() { Name = name, Kind = kind, Min = 0, Max = 1, Desired = 0, InstanceTypes = new(["g4dn.xlarge"]), LocalSsd = localSsd };
    }

    /// <summary>Tenant namespaces of both tiers (quotas, limit range) and workloads using every placement option (custom metric, topology spread, VPA).</summary>
    private static InfraProgram EmittedTenantWorkloads()
    {
        var program = new InfraProgram("platform", "Tenant namespaces and tiered workloads emitted from the model.");
        var apps = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs { Tenant = TenantTier.Service(64, 256) });
        var batch = new PlatformNamespace(program.Root, "analytics", new PlatformNamespaceArgs { Tenant = TenantTier.Batch(32, 128, 200) });
        _ = new Workload(program.Root, "web", new WorkloadArgs
        {
            Namespace = apps.NameOutput,
            Image = "registry.example.com/web:1.0.0",
            Tier = ServiceTier.Core,
            RequestsPerSecond = WorkloadArgs.SeedRequestsPerSecond,
            RecommendResources = true,
        });
        _ = new Workload(program.Root, "crunch", new WorkloadArgs
        {
            Namespace = batch.NameOutput,
            Image = "registry.example.com/crunch:1.0.0",
            Tier = ServiceTier.Batch,
            Qos = QosClass.BestEffort,
            RequestsPerSecond = 50,
        });
        return program;
    }

    /// <summary>Namespaces with their network policies (every peer and port form), a workload's, and the Calico deny in a ConfigGroup.</summary>
    private static InfraProgram EmittedNetworkPolicies()
    {
        var program = new InfraProgram("platform", "Network policies emitted from the model.");
        var monitoring = new PlatformNamespace(program.Root, "monitoring", new PlatformNamespaceArgs
        {
            Kind = NamespaceKind.Platform,
            NodeLocalDnsAddress = "169.254.20.10",
            Allows = PlatformNetworkAllows.Monitoring("10.30.0.0/16"),
        });
        var apps = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs());
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = apps.NameOutput, Image = "registry.example.com/web:1.0.0" });
        _ = new InstanceMetadataDeny(program.Root, "instance-metadata", new ResourceOptions { DependsOn = [monitoring.Namespace] });
        return program;
    }

    /// <summary>By fixture path without extension, e.g. <c>good/vpc-subnet</c>, or <c>emitted/...</c> for the emitted programs.</summary>
    public IReadOnlyDictionary<string, ConformanceResult> Results { get; }
}
