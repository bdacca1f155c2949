namespace Infra.Tests.Cis;

public class Cis112ChecksTests
{
    public static TheoryData<string> CheckIds() => [.. Cis112Checks.All.Select(check => check.Id)];

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void The_table_says_truthfully_whether_kubeadm_defaults_alone_pass_the_check(string id)
    {
        var check = Cis112Checks.All.Single(c => c.Id == id);

        Assert.Equal(check.KubeadmDefaultsSatisfy, check.Requires.Holds(KubeadmDefaults.For(check.Component)));
    }

    [Fact]
    public void Each_check_appears_once()
    {
        Assert.Equal(Cis112Checks.All.Count, Cis112Checks.All.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
