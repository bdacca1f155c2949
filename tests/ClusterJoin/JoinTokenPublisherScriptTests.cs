using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Infra.ClusterJoin;
using Infra.Tests.Support;

namespace Infra.Tests.ClusterJoin;

/// <summary>
/// The publisher script run for real by bash with the service's own environment, against stand-ins for kubeadm
/// and the AWS CLI that record how they were called, and a real CA certificate. Unix only, like the nodes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class JoinTokenPublisherScriptTests : IDisposable
{
    private const string Token = "abcdef.0123456789abcdef";

    private readonly string directory = Directory.CreateTempSubdirectory("join-publisher-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Bash_parses_the_script()
    {
        var result = InstalledTool.Run("bash", ["-n"], JoinTokenPublisherScript.Text);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Shellcheck_finds_nothing_to_warn_about()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], JoinTokenPublisherScript.Text);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void The_pin_and_then_the_token_are_written_as_securestrings_under_the_pki_key()
    {
        var (result, _) = RunScript();

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(Token, Values()[1]);
        var calls = Calls("aws");
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("ssm put-parameter --name /infra/prod/node/join/ca-cert-hash --type SecureString --key-id alias/infra/prod/pki --overwrite --value file://", calls[0], StringComparison.Ordinal);
        Assert.StartsWith("ssm put-parameter --name /infra/prod/node/join/token --type SecureString --key-id alias/infra/prod/pki --overwrite --value file://", calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_pin_is_the_sha256_of_the_ca_public_key_as_kubeadm_computes_it()
    {
        var (_, pin) = RunScript();

        Assert.Equal(pin, Values()[0]);
    }

    [Fact]
    public void The_token_is_created_with_the_lifetime_of_four_intervals()
    {
        _ = RunScript();

        Assert.StartsWith("token create --ttl 120m --kubeconfig /etc/kubernetes/admin.conf --description ", Assert.Single(Calls("kubeadm")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_never_appears_on_a_command_line_and_its_file_is_removed()
    {
        _ = RunScript();

        Assert.DoesNotContain(Calls("aws"), call => call.Contains(Token, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(directory, "run")));
    }

    [Fact]
    public void An_api_that_does_not_answer_fails_the_run_without_writing_anything()
    {
        var (result, _) = RunScript(kubeadm: "exit 1", apiWaitSeconds: "0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("could not create a bootstrap token", result.Error, StringComparison.Ordinal);
        Assert.Empty(Calls("aws"));
    }

    [Fact]
    public void Output_that_is_not_a_bootstrap_token_is_not_published()
    {
        var (result, _) = RunScript(kubeadm: "echo 'W0101 some warning'");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(Calls("aws"));
    }

    private (InstalledTool.Result Result, string Pin) RunScript(string? kubeadm = null, string? apiWaitSeconds = null)
    {
        var bin = Directory.CreateDirectory(Path.Combine(directory, "bin")).FullName;
        var run = Directory.CreateDirectory(Path.Combine(directory, "run")).FullName;
        var values = Path.Combine(directory, "values");
        Stub(bin, "kubeadm", kubeadm ?? $"echo {Token}");
        // The AWS CLI reads file:// values itself: the stand-in keeps each value it was given, one a line.
        Stub(bin, "aws", $$"""
            for argument in "$@"; do
              if [[ "$argument" == file://* ]]; then cat "${argument#file://}" >> '{{values}}'; echo >> '{{values}}'; fi
            done
            """);

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ca = new CertificateRequest("CN=kubernetes-ca", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
        var caPath = Path.Combine(directory, "ca.crt");
        File.WriteAllText(caPath, ca.ExportCertificatePem());
        var pin = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(ca.PublicKey.ExportSubjectPublicKeyInfo()));

        // The service's own environment, with the CA read from here and the runtime directory systemd would create.
        var environment = JoinFixture.ServiceEnvironment(JoinFixture.Publisher());
        environment["JOIN_CA_CERT"] = caPath;
        environment["RUNTIME_DIRECTORY"] = run;
        environment["PATH"] = $"{bin}:{System.Environment.GetEnvironmentVariable("PATH")}";
        if (apiWaitSeconds is not null)
        {
            environment["JOIN_API_WAIT_SECONDS"] = apiWaitSeconds;
        }

        var script = Path.Combine(directory, "kubeadm-join-token-publish");
        File.WriteAllText(script, JoinTokenPublisherScript.Text);
        return (InstalledTool.Run("bash", [script], environment: environment), pin);
    }

    /// <summary>A stand-in for <paramref name="tool"/> that logs its arguments, one call a line, then runs <paramref name="body"/>.</summary>
    private void Stub(string bin, string tool, string body)
    {
        var path = Path.Combine(bin, tool);
        File.WriteAllText(path, $"#!/usr/bin/env bash\necho \"$*\" >> '{Path.Combine(directory, tool + ".calls")}'\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string[] Calls(string tool) => Lines(tool + ".calls");

    private string[] Values() => Lines("values");

    private string[] Lines(string name)
    {
        var log = Path.Combine(directory, name);
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }
}
