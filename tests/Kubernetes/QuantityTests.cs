using Infra.Kubernetes;

namespace Infra.Tests.Kubernetes;

public class QuantityTests
{
    [Theory]
    [InlineData("500m", 0.5)]
    [InlineData("2", 2)]
    [InlineData("1.5", 1.5)]
    [InlineData("512Mi", 536870912)]
    [InlineData("1Gi", 1073741824)]
    [InlineData("1G", 1000000000)]
    [InlineData("1e3", 1000)]
    [InlineData("100k", 100000)]
    public void A_quantity_reads_as_base_units(string text, double expected)
    {
        Assert.True(Quantity.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("half")]
    [InlineData("500 m")]
    [InlineData("Mi")]
    public void Text_that_is_not_a_quantity_is_refused(string text)
    {
        Assert.False(Quantity.TryParse(text, out _));
    }
}
