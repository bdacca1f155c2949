using Infra.Stacks.Composition;

namespace Infra.Tests.Stacks;

public class StackPipelineTests
{
    [Fact]
    public void A_component_refusal_is_reported_without_the_parameter_suffix_whatever_its_wording()
    {
        Assert.Equal("control plane: no subnets: give one private subnet per zone", StackPipeline.WithoutParameterName(new ArgumentException("control plane: no subnets: give one private subnet per zone", "args")));
    }

    [Fact]
    public void A_refusal_without_a_parameter_is_reported_as_it_is()
    {
        Assert.Equal("zones differ", StackPipeline.WithoutParameterName(new ArgumentException("zones differ")));
    }
}
