using Infra.Policies.Engine;
using Infra.Tests.Support;

namespace Infra.Tests.Policies;

public class WaiverFileTests
{
    private const string Path = "policies/waivers.yaml";

    private const string ValidEntry = """
          - id: W-0001
            rule: AWS-001
            resource: network/subnet-public-*
            stacks: [prod-eu-west-1, prod-us-east-1]
            reason: Public subnets keep auto-assigned IPs until the NAT migration lands.
            owner: platform-network
            expires: 2026-03-31
        """;

    [Fact]
    public void Every_field_of_a_waiver_is_read()
    {
        var waiver = Assert.Single(WaiverFile.Parse("waivers:\n" + ValidEntry, Path));

        Assert.Equal(
            new Waiver("W-0001", "AWS-001", "network/subnet-public-*", waiver.Stacks, null,
                "Public subnets keep auto-assigned IPs until the NAT migration lands.", "platform-network", new DateOnly(2026, 3, 31)),
            waiver);
        Assert.Equal(["prod-eu-west-1", "prod-us-east-1"], waiver.Stacks);
    }

    [Fact]
    public void A_waiver_may_apply_to_an_environment_instead_of_stacks()
    {
        var yaml = "waivers:\n" + ValidEntry.Replace("stacks: [prod-eu-west-1, prod-us-east-1]", "environment: prod", StringComparison.Ordinal);

        var waiver = Assert.Single(WaiverFile.Parse(yaml, Path));

        Assert.Equal(("prod", 0), (waiver.Environment, waiver.Stacks.Count));
    }

    [Fact]
    public void A_quoted_empty_resource_selects_the_rule_stack_wide_findings()
    {
        var yaml = "waivers:\n" + ValidEntry.Replace("network/subnet-public-*", "\"\"", StringComparison.Ordinal);

        Assert.Equal(string.Empty, Assert.Single(WaiverFile.Parse(yaml, Path)).Resource);
    }

    [Fact]
    public void A_resource_key_without_a_value_is_refused_rather_than_read_as_stack_wide()
    {
        var yaml = "waivers:\n" + ValidEntry.Replace(" network/subnet-public-*", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(yaml, Path));

        Assert.Contains("key 'resource' has no text value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n    expires: 2026-03-31", "", "waiver 'W-0001' (entry 1): key 'expires' is missing: add 'expires:'")]
    [InlineData("    expires: 2026-03-31", "    expires: 31/03/2026", "waiver 'W-0001' (entry 1): key 'expires' is '31/03/2026', not a date: write it as YYYY-MM-DD")]
    [InlineData("    owner: platform-network", "    owner:", "waiver 'W-0001' (entry 1): key 'owner' has no text value: set it to")]
    [InlineData("    owner: platform-network", "    owner: platform-network\n    ownr: x", "waiver 'W-0001' (entry 1): key 'ownr' is not a waiver key: use only id, rule,")]
    [InlineData("  - id: W-0001\n    rule:", "  - rule:", "waiver entry 1: key 'id' is missing: add 'id:'")]
    [InlineData("    stacks: [prod-eu-west-1, prod-us-east-1]\n", "", "waiver 'W-0001' (entry 1): key 'stacks' is missing: set exactly one of 'stacks'")]
    [InlineData("    stacks: [prod-eu-west-1, prod-us-east-1]", "    stacks: [prod-eu-west-1]\n    environment: prod", "key 'stacks' and 'environment' are both set: set exactly one")]
    [InlineData("    stacks: [prod-eu-west-1, prod-us-east-1]", "    stacks: []", "key 'stacks' is not a non-empty list of stack names")]
    [InlineData("    rule: AWS-001", "    rule: POL-WAIVER-EXPIRED", "key 'rule' is 'POL-WAIVER-EXPIRED', an engine finding, which cannot be waived: fix its cause instead")]
    public void A_malformed_waiver_is_refused_naming_the_file_the_waiver_the_key_and_the_fix(string replaced, string replacement, string expected)
    {
        var yaml = "waivers:\n" + ValidEntry.Replace(replaced, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(yaml, Path));

        Assert.StartsWith($"{Path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_waivers_with_one_id_are_refused()
    {
        var yaml = "waivers:\n" + ValidEntry + "\n" + ValidEntry;

        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(yaml, Path));

        Assert.Equal($"{Path}: waiver 'W-0001' (entry 2): key 'id' repeats entry 1's id: give each waiver its own id", error.Message);
    }

    [Theory]
    [InlineData("", "the file must be a mapping with the key 'waivers'")]
    [InlineData("waiver: []", "top-level key 'waiver' is not known")]
    [InlineData("waivers: none", "key 'waivers' is missing or not a list")]
    [InlineData("waivers: [", "not valid YAML")]
    public void A_file_without_a_waivers_list_is_refused(string yaml, string expected)
    {
        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(yaml, Path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_with_how_to_create_it()
    {
        var missing = System.IO.Path.Combine(AppContext.BaseDirectory, "no-such-waivers.yaml");

        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Load(missing));

        Assert.Equal($"{missing}: the waiver file does not exist: create it with the line 'waivers: []', or pass the right path", error.Message);
    }

    [Fact]
    public void The_checked_in_waiver_file_is_valid()
    {
        var exception = Record.Exception(() => WaiverFile.Load(System.IO.Path.Combine(RepositoryRoot.Path, WaiverFile.DefaultPath)));

        Assert.Null(exception);
    }
}
