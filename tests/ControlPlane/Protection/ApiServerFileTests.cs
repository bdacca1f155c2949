using Infra.ControlPlane.Protection;

namespace Infra.Tests.ControlPlane.Protection;

public class ApiServerFileTests
{
    private readonly IReadOnlyList<ApiServerFile> files = ApiServerFile.Defaults(new KmsConfiguration());

    [Fact]
    public void Each_file_has_its_own_flag_and_path()
    {
        Assert.Equal(files.Count, files.Select(f => f.Flag).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(files.Count, files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_encryption_file_names_the_given_kms_plugin()
    {
        var custom = ApiServerFile.Defaults(new KmsConfiguration { Endpoint = "unix:///run/custom.sock" });

        var encryption = Assert.Single(custom, f => f.Flag == "encryption-provider-config");

        Assert.Contains("endpoint: unix:///run/custom.sock\n", encryption.Content, StringComparison.Ordinal);
    }
}
