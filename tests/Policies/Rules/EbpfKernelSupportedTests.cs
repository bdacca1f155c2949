using Infra.Calico;
using Infra.Model;
using Infra.Policies.Rules;
using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class EbpfKernelSupportedTests
{
    private readonly EbpfKernelSupported rule = new();

    private static InfraProgram WithKernels(params (string Machines, string Kernel)[] kernels)
    {
        var program = RuleFixture.Program();
        _ = new CalicoCni(program.Root, "calico", new CalicoCniArgs
        {
            ClusterName = "prod",
            PodCidr = "100.64.0.0/10",
            ExpectedNodes = 1_000,
            LargestMaxPods = 110,
            NodeKernels = [.. kernels.Select(k => KeyValuePair.Create(k.Machines, k.Kernel))],
        });
        return program;
    }

    [Theory]
    [InlineData("5.10.0")]
    [InlineData("6.8.0-1021-aws")]
    [InlineData("6.14.0-1007-aws")]
    public void A_kernel_of_5_10_or_later_passes(string kernel)
    {
        Assert.Empty(RuleFixture.Violations(rule, WithKernels(("workers", kernel))));
    }

    [Theory]
    [InlineData("5.4.0-1045-aws")]
    [InlineData("4.19.0")]
    [InlineData("unknown")]
    public void An_older_or_unreadable_kernel_is_flagged_naming_the_machines_and_the_fix(string kernel)
    {
        var violation = Assert.Single(RuleFixture.Violations(rule, WithKernels(("etcd members and control-plane nodes (amd64)", "6.8.0-1021-aws"), ("workers", kernel))));

        Assert.StartsWith($"workers boot kernel '{kernel}', but the eBPF dataplane needs 5.10 or later: pin an image", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prod_platform_checks_the_pinned_images_kernel_and_the_workers_image_family()
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod-platform", new FixedTime(PolicyFixture.Today)).Program;

        var kernels = program.ResourcesOf<Infra.Kubernetes.Helm.HelmRelease<TigeraOperatorValues>>().Single()
            .Annotations.OfType<EbpfDataplaneAnnotation>().Single().NodeKernels;

        Assert.Equal(["6.8.0-1021-aws", "6.8.0"], kernels.Select(k => k.Value));
    }
}
