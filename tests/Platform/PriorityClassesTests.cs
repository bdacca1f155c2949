using Infra.Kubernetes.Scheduling;
using Infra.Model;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class PriorityClassesTests
{
    private readonly PriorityClasses classes = new(new InfraProgram("test", "test").Root);

    [Fact]
    public void Exactly_one_class_is_the_global_default_and_it_is_standard()
    {
        var defaults = classes.All.Where(c => c.Args.GlobalDefault == true).ToList();

        Assert.Equal(PriorityClasses.StandardName, Assert.Single(defaults).Metadata!.Name!.Value.KnownValue);
    }

    [Fact]
    public void The_classes_are_ordered_platform_core_standard_batch()
    {
        var values = new[] { classes.PlatformCritical, classes.Core, classes.Standard, classes.Batch }.Select(c => c.Args.Value).ToList();

        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public void Every_class_stays_within_the_user_range_below_system_cluster_critical()
    {
        Assert.All(classes.All, c => Assert.InRange(c.Args.Value, -10, 1_000_000_000));
    }

    [Fact]
    public void Batch_never_preempts_and_only_batch()
    {
        Assert.Equal(PreemptionPolicy.Never, classes.Batch.Args.PreemptionPolicy);
        Assert.All(classes.All.Where(c => c != classes.Batch), c => Assert.Null(c.Args.PreemptionPolicy));
    }

    [Fact]
    public void Every_class_documents_its_purpose()
    {
        Assert.All(classes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Args.Description)));
    }
}
