namespace Infra.Tests.Cis;

public class CisConditionTests
{
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
