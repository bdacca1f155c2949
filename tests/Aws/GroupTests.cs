using Infra.Aws.AutoScaling;
using Infra.Model;

namespace Infra.Tests.Aws;

public class GroupTests
{
    [Fact]
    public void Enabled_metrics_are_spelt_as_the_provider_expects()
    {
        Assert.All(Enum.GetValues<GroupMetric>(), metric => Assert.Equal(metric.ToString(), PropertyReader.EnumName(metric)));
    }

    [Fact]
    public void Tags_are_a_list_of_key_value_and_propagate_at_launch()
    {
        var tag = new GroupTag("owner", "platform", PropagateAtLaunch: true);

        Assert.Equal(["key", "value", "propagateAtLaunch"], PropertyReader.Read(tag).Select(p => p.Key));
    }
}
