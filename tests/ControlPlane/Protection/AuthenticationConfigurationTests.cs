using Infra.ControlPlane.Protection;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Protection;

public class AuthenticationConfigurationTests
{
    private readonly AuthenticationConfiguration configuration = AuthenticationConfiguration.HealthChecksAndDiscovery();

    [Fact]
    public void Anonymous_requests_are_accepted_on_the_health_endpoints_only()
    {
        var anonymous = configuration.Anonymous!;

        Assert.True(anonymous.Enabled);
        Assert.Equal(["/healthz", "/livez", "/readyz"], anonymous.Conditions!.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_file_text_is_the_reviewed_configuration()
    {
        Golden.AssertMatches(configuration.ToYaml(), "authentication-configuration.yaml");
    }
}
