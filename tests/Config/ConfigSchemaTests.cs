using Infra.Stacks.Config;

namespace Infra.Tests.Config;

public class ConfigSchemaTests
{
    [Fact]
    public void Every_key_is_described_for_the_config_reference()
    {
        Assert.All(ConfigSchema.Keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(key.Description), key.FullName);
            Assert.False(string.IsNullOrWhiteSpace(key.Range), key.FullName);
            Assert.True(key.Required || key.Default.Length > 0, $"{key.FullName} needs a Default or Required");
        });
    }

    [Fact]
    public void The_documented_range_of_numbers_and_networks_matches_the_checked_one()
    {
        Assert.All(ConfigSchema.Keys.Where(k => k.Type == ConfigValueType.Cidr), key => Assert.StartsWith($"/{key.Minimum}../{key.Maximum} ", key.Range, StringComparison.Ordinal));
        Assert.All(ConfigSchema.Keys.Where(k => k.Type == ConfigValueType.Number), key => Assert.Equal($"{key.Minimum}..{key.Maximum}", key.Range));
    }

    [Fact]
    public void Key_names_are_unique()
    {
        Assert.Equal(ConfigSchema.Keys.Count, ConfigSchema.Keys.Select(k => k.FullName).Distinct().Count());
    }

    [Fact]
    public void The_kubeconfig_is_the_only_secret_and_belongs_to_the_platform_layer()
    {
        var secret = Assert.Single(ConfigSchema.Keys, k => k.Secret);

        Assert.Equal("infra:kubeconfig", secret.FullName);
        Assert.Equal([StackLayer.Platform], secret.Layers);
    }

    [Fact]
    public void The_region_is_read_from_the_AWS_providers_namespace()
    {
        Assert.Equal("aws:region", ConfigSchema.Region.FullName);
        Assert.False(ConfigSchema.IsOwnKey(ConfigSchema.Region.FullName));
    }

    [Fact]
    public void Every_region_offers_a_zone_per_letter_named_after_it()
    {
        Assert.All(AwsRegions.Codes, region => Assert.All(AwsRegions.Zones(region), zone => Assert.Matches($"^{region}[a-f]$", zone)));
    }
}
