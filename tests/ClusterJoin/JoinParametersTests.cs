using Infra.ClusterJoin;

namespace Infra.Tests.ClusterJoin;

public class JoinParametersTests
{
    [Fact]
    public void Token_and_pin_live_in_a_join_folder_under_the_worker_path()
    {
        var parameters = JoinParameters.Under("/infra/prod/node");

        Assert.Equal("/infra/prod/node/join", parameters.Path);
        Assert.Equal("/infra/prod/node/join/token", parameters.Token);
        Assert.Equal("/infra/prod/node/join/ca-cert-hash", parameters.CaCertHash);
    }

    [Theory]
    [InlineData("infra/prod/node")]
    [InlineData("/infra/prod/node/")]
    public void A_worker_path_that_is_not_an_ssm_path_is_refused_with_the_fix(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => JoinParameters.Under(path));

        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("NodeRoles.WorkerParameterPath", error.Message, StringComparison.Ordinal);
    }
}
