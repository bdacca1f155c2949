namespace Infra.Tests.Conformance;

public class StringCoercionsTests
{
    private const string Resources = """
          lt:
            type: aws:ec2/launchTemplate:LaunchTemplate
          group:
            type: aws:autoscaling/group:Group
            properties:
              launchTemplate:
                id: ${lt.id}
                version: ${lt.latestVersion}
              maxSize: ${lt.latestVersion}
        """;

    private static string Translation => TypeScriptTranslator.Translate("test", $"name: test\nruntime: yaml\nresources:\n{Resources}\n").Text;

    [Fact]
    public void A_listed_property_is_converted_to_a_string_as_Pulumi_YAML_does()
    {
        Assert.Contains("version: pulumi.output(r_lt.latestVersion).apply(String),", Translation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_not_listed_keeps_its_own_type()
    {
        Assert.Contains("maxSize: r_lt.latestVersion,", Translation, StringComparison.Ordinal);
    }
}
