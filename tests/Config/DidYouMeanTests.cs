using Infra.Stacks.Config;

namespace Infra.Tests.Config;

public class DidYouMeanTests
{
    private static readonly string[] Keys = ["infra:vpcCidr", "infra:podCidr", "infra:owner"];

    [Theory]
    [InlineData("infra:vpcCdir", "infra:vpcCidr")]
    [InlineData("infra:Owner", "infra:owner")]
    [InlineData("infra:ownr", "infra:owner")]
    public void A_typo_is_matched_to_the_closest_key(string typo, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(typo, Keys));
    }

    [Fact]
    public void A_name_far_from_every_key_gets_no_suggestion()
    {
        Assert.Null(DidYouMean.Suggest("infra:replicationFactor", Keys));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_single_character_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, DidYouMean.Distance(a, b));
    }
}
