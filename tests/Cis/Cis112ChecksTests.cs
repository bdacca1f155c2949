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

    [Fact]
    public void A_compared_setting_that_is_absent_fails_unless_the_check_accepts_it_unset()
    {
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);

        Assert.False(CisCondition.Is("profiling", "false").Holds(empty));
        Assert.True(CisCondition.AnyOf(CisCondition.Is("bind-address", "127.0.0.1"), CisCondition.Unset("bind-address")).Holds(empty));
    }

    [Fact]
    public void Only_from_fails_when_one_element_is_outside_the_allowed_list()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["tlsCipherSuites"] = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA" };

        Assert.False(CisCondition.OnlyFrom("tlsCipherSuites", Cis112Checks.KubeletStrongCiphers).Holds(settings));
    }
}
