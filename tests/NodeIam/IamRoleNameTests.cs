using Infra.NodeIam;

namespace Infra.Tests.NodeIam;

public class IamRoleNameTests
{
    [Fact]
    public void Short_names_are_the_cluster_and_the_path()
    {
        Assert.Equal("prod-node-iam-worker", IamRoleName.For("prod", "node-iam-worker"));
    }

    [Fact]
    public void The_cluster_name_is_not_repeated_when_the_path_starts_with_it()
    {
        Assert.Equal("prod-node-iam-worker", IamRoleName.For("prod", "prod-node-iam-worker"));
    }

    [Fact]
    public void Long_names_fit_iam_limit_and_stay_distinct()
    {
        var path = string.Join('-', Enumerable.Repeat("segment", 12));

        var worker = IamRoleName.For("prod", path + "-worker");
        var controlPlane = IamRoleName.For("prod", path + "-control-plane");

        Assert.True(worker.Length <= IamRoleName.MaxLength, worker);
        Assert.True(controlPlane.Length <= IamRoleName.MaxLength, controlPlane);
        Assert.NotEqual(worker, controlPlane);
        Assert.Equal(worker, IamRoleName.For("prod", path + "-worker"));
    }
}
