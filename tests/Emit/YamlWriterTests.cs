using Infra.Emit;
using Infra.Emit.PulumiYaml;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Emit;

public class YamlWriterTests
{
    public static TheoryData<string> TrickyStrings => new()
    {
        "", " ", "true", "False", "yes", "NO", "on", "null", "~", "123", "1.5", "0x1F", "1e3", "-1", "+1", ".5",
        "- item", "key: value", "a #comment", "trailing:", "trailing ", " leading", "'single'", "\"double\"",
        "{braces}", "[list]", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick`", "|pipe", ">fold",
        "tab\there", "line1\nline2", "line1\nline2\n", "line1\n\n", "  indented\nblock", "\n\nleading newlines",
        "unicode é ü 日本", "bell\u0007", "crlf\r\nline", "0777", "2024-01-01", "=", ":", "?", "a: b\nc: d\n",
        "ends with newline\n", "only spaces line\n   \nafter", "back\\slash", "k8s.io/cluster-autoscaler/enabled",
    };

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void A_string_reads_back_unchanged(string value)
    {
        var yaml = Write(new OrderedMap().Add("key", value).Add("after", "x"));

        var read = ReadMapping(yaml);

        Assert.Equal(value, ((YamlScalarNode)read.Children[new YamlScalarNode("key")]).Value);
        Assert.Equal("x", ((YamlScalarNode)read.Children[new YamlScalarNode("after")]).Value);
    }

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void A_string_used_as_a_key_reads_back_unchanged(string key)
    {
        if (key.Contains('\n', StringComparison.Ordinal))
        {
            return; // multi-line keys never occur: keys are names
        }

        var yaml = Write(new OrderedMap().Add(key, "v"));

        var read = ReadMapping(yaml);

        Assert.Equal(key, ((YamlScalarNode)read.Children.Keys.Single()).Value);
    }

    [Fact]
    public void Multi_line_text_is_written_as_a_literal_block()
    {
        var yaml = Write(new OrderedMap().Add("script", "#!/bin/bash\necho hi\n"));

        Assert.Equal("script: |\n  #!/bin/bash\n  echo hi\n", yaml);
    }

    [Fact]
    public void Maps_other_than_ordered_ones_are_sorted_by_key()
    {
        var yaml = Write(new OrderedMap().Add("tags", new Dictionary<string, string> { ["b"] = "2", ["a"] = "1", ["C"] = "3" }));

        Assert.Equal("tags:\n  C: \"3\"\n  a: \"1\"\n  b: \"2\"\n", yaml);
    }

    [Fact]
    public void Lists_of_maps_put_the_first_key_beside_the_dash()
    {
        var yaml = Write(new OrderedMap().Add("rules", new[] { new OrderedMap().Add("port", 443).Add("protocol", "tcp") }));

        Assert.Equal("rules:\n  - port: 443\n    protocol: tcp\n", yaml);
    }

    [Fact]
    public void A_list_inside_a_list_starts_beside_the_outer_dash_and_reads_back()
    {
        var yaml = Write(new OrderedMap().Add("packages", new[] { new[] { "kubelet", "1.34.2-1.1" }, new[] { "kubeadm" } }));

        Assert.Equal("packages:\n  - - kubelet\n    - \"1.34.2-1.1\"\n  - - kubeadm\n", yaml);
        var packages = (YamlSequenceNode)ReadMapping(yaml).Children[new YamlScalarNode("packages")];
        Assert.Equal("1.34.2-1.1", ((YamlScalarNode)((YamlSequenceNode)packages.Children[0]).Children[1]).Value);
    }

    [Fact]
    public void Empty_maps_and_lists_are_written_in_flow_form()
    {
        var yaml = Write(new OrderedMap().Add("m", new Dictionary<string, string>()).Add("l", Array.Empty<string>()));

        Assert.Equal("m: {}\nl: []\n", yaml);
    }

    [Fact]
    public void Numbers_and_booleans_are_written_culture_invariant()
    {
        var yaml = Write(new OrderedMap().Add("i", 42).Add("d", 0.5).Add("b", true));

        Assert.Equal("i: 42\nd: 0.5\nb: true\n", yaml);
    }

    private static string Write(OrderedMap document)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlWriter(writer, new PlainDialect()).WriteDocument(document);
        return writer.ToString();
    }

    private static YamlMappingNode ReadMapping(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private sealed class PlainDialect : YamlDialect
    {
        public override string EscapeLiteral(string text) => text;

        public override object Lower(Infra.Model.IDeployTimeValue value) => value.Source;
    }
}
