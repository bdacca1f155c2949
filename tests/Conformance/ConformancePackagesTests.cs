using System.Text.Json;
using Infra.Model;

namespace Infra.Tests.Conformance;

public class ConformancePackagesTests
{
    private static JsonElement Read(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceWorkspace.Directory, file))).RootElement;

    public static TheoryData<string, string> PinnedProviders => new()
    {
        { "@pulumi/aws", ProviderVersions.Aws },
        { "@pulumi/kubernetes", ProviderVersions.Kubernetes },
        { "@pulumi/tls", ProviderVersions.Tls },
    };

    [Theory]
    [MemberData(nameof(PinnedProviders))]
    public void The_checked_sdk_is_the_provider_version_the_programs_pin(string package, string version)
    {
        Assert.Equal(version, Read("package.json").GetProperty("dependencies").GetProperty(package).GetString());
        Assert.Equal(version, Read("package-lock.json").GetProperty("packages").GetProperty("node_modules/" + package).GetProperty("version").GetString());
    }

    [Fact]
    public void Every_npm_dependency_is_pinned_to_an_exact_version()
    {
        var manifest = Read("package.json");
        var ranges = new[] { "dependencies", "devDependencies" }
            .SelectMany(section => manifest.GetProperty(section).EnumerateObject())
            .Where(dependency => !System.Version.TryParse(dependency.Value.GetString(), out _))
            .Select(dependency => $"{dependency.Name}@{dependency.Value.GetString()}");

        Assert.Empty(ranges);
    }

    [Fact]
    public void The_compiler_is_typescript_5_whose_package_carries_tsc()
    {
        var version = Read("package.json").GetProperty("devDependencies").GetProperty("typescript").GetString();

        Assert.StartsWith("5.", version, StringComparison.Ordinal);
    }
}
