using Infra.Boot;
using Infra.Pki;
using Infra.Tests.Support;

namespace Infra.Tests.Pki;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CertificateRenewalTests : IDisposable
{
    private const string CertParameter = "/infra/dev/etcd/member-a/server.crt";
    private const string KeyParameter = "/infra/dev/etcd/member-a/server.key";
    private const string CertFile = "/etc/etcd/pki/server.crt";
    private const string KeyFile = "/etc/etcd/pki/server.key";

    private static readonly CertificateRenewal Renewal = new()
    {
        Machine = "etcd member",
        Region = "eu-west-1",
        Files = [(CertParameter, CertFile, "0644"), (KeyParameter, KeyFile, "0600")],
        Reload = "reload-consumer",
    };

    private readonly StandInTools tools = new("renewal-");

    public CertificateRenewalTests()
    {
        // The boot library the script sources, where every machine has it.
        Directory.CreateDirectory(Path.GetDirectoryName(tools.Path(BootLibrary.InstallPath))!);
        File.WriteAllText(tools.Path(BootLibrary.InstallPath), BootLibrary.Text);
        File.WriteAllText(tools.Path("renew"), Renewal.Script);
        tools.Add("reload-consumer", "exit 0");
    }

    public void Dispose() => tools.Dispose();

    [Fact]
    public void The_script_passes_shellcheck()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], Renewal.Script);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void An_unchanged_certificate_is_not_written_and_nothing_is_reloaded()
    {
        var certificate = Certificate(days: 365);
        StoreInSsm(certificate, "KEY");
        WriteOnDisk(CertFile, certificate);
        WriteOnDisk(KeyFile, "KEY");
        var written = File.GetLastWriteTimeUtc(tools.Path(CertFile));
        Thread.Sleep(20);

        var result = Run();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(tools.Path(CertFile)));
        Assert.Empty(tools.Calls("reload-consumer"));
    }

    [Fact]
    public void A_changed_certificate_replaces_the_file_reloads_the_consumer_once_and_updates_the_metric()
    {
        WriteOnDisk(CertFile, Certificate(days: 20));
        WriteOnDisk(KeyFile, "OLD KEY");
        var renewed = Certificate(days: 365);
        StoreInSsm(renewed, "NEW KEY");

        var result = Run();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(renewed + "\n", File.ReadAllText(tools.Path(CertFile)));
        Assert.Equal("NEW KEY\n", File.ReadAllText(tools.Path(KeyFile)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tools.Path(KeyFile)));
        Assert.Single(tools.Calls("reload-consumer"));
        Assert.Equal(["server.crt", "server.key"], Directory.GetFiles(Path.GetDirectoryName(tools.Path(CertFile))!).Select(Path.GetFileName).Order());
        using var issued = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(renewed);
        var expiry = new DateTimeOffset(issued.NotAfter.ToUniversalTime()).ToUnixTimeSeconds();
        Assert.Contains($"infra_certificate_expiry_seconds{{path=\"{CertFile}\"}} {expiry}", File.ReadAllText(tools.Path(CertificateRenewal.MetricsPath)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_ssm_read_is_retried_and_keeps_the_old_certificate_and_key()
    {
        var old = Certificate(days: 20);
        WriteOnDisk(CertFile, old);
        WriteOnDisk(KeyFile, "OLD KEY");
        tools.Add("aws", """
            [[ "$*" == *server.key* ]] && { echo "ThrottlingException" >&2; exit 255; }
            echo NEW
            """);

        var result = Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(old + "\n", File.ReadAllText(tools.Path(CertFile)));
        Assert.Equal("OLD KEY\n", File.ReadAllText(tools.Path(KeyFile)));
        Assert.Equal(3, tools.Calls("aws").Count(call => call.Contains(KeyParameter, StringComparison.Ordinal)));
        Assert.Empty(tools.Calls("reload-consumer"));
    }

    [Fact]
    public void The_service_and_timer_pass_systemd_analyze_verify()
    {
        var script = tools.Path("infra-renew-certificates");
        File.WriteAllText(script, Renewal.Script);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var service = tools.Path($"{CertificateRenewal.UnitName}.service");
        var timer = tools.Path($"{CertificateRenewal.UnitName}.timer");
        File.WriteAllText(service, Renewal.Service.Replace(CertificateRenewal.InstallPath, script, StringComparison.Ordinal));
        File.WriteAllText(timer, Renewal.Timer);

        var result = InstalledTool.Run("systemd-analyze", ["verify", service, timer]);

        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, result.Output);
    }

    private InstalledTool.Result Run() => InstalledTool.Run("bash", [tools.Path("renew")], environment: new Dictionary<string, string>
    {
        ["PATH"] = tools.SearchPath,
        ["BOOT_ROOT"] = tools.Directory,
        ["BOOT_RETRY_ATTEMPTS"] = "3",
        ["BOOT_RETRY_FIRST_DELAY_SECONDS"] = "0",
        ["RENEW_METRICS_FILE"] = tools.Path(CertificateRenewal.MetricsPath),
    });

    /// <summary>The stand-in AWS CLI answers each parameter with its value.</summary>
    private void StoreInSsm(string certificate, string key)
    {
        File.WriteAllText(tools.Path("ssm-cert"), certificate);
        tools.Add("aws", $"""
            [[ "$*" == *{CertParameter}* ]] && exec cat '{tools.Path("ssm-cert")}'
            echo '{key}'
            """);
    }

    private void WriteOnDisk(string file, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(tools.Path(file))!);
        File.WriteAllText(tools.Path(file), content + "\n");
    }

    /// <summary>A self-signed certificate valid for <paramref name="days"/> days.</summary>
    private string Certificate(int days)
    {
        var key = tools.Path($"issued-{days}.key");
        var cert = tools.Path($"issued-{days}.crt");
        var result = InstalledTool.Run("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert,
            "-subj", "/CN=member-a", "-days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(result.ExitCode == 0, result.Output);
        return File.ReadAllText(cert).TrimEnd('\n');
    }
}
