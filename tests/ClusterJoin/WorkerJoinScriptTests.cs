using System.Text.RegularExpressions;
using Infra.ClusterJoin;
using Infra.NodePools;
using Infra.Tests.NodePools;
using Infra.Tests.Support;

namespace Infra.Tests.ClusterJoin;

/// <summary>
/// The worker's join script run for real by bash with the settings and template a pool's user data writes, against
/// stand-ins for the AWS CLI (answering from a table of parameters) and kubeadm (recording the file it was given and
/// its mode). Unix only, like the nodes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkerJoinScriptTests : IDisposable
{
    private const string Token = "abcdef.0123456789abcdef";

    private static readonly string Pin = "sha256:" + string.Concat(Enumerable.Repeat("0123456789abcdef", 4));

    private readonly StandInTools tools = new("worker-join-");

    public void Dispose() => tools.Dispose();

    private string directory => tools.Directory;

    private string ConfigPath => Path.Combine(directory, "join.yaml");

    [Fact]
    public void Bash_parses_the_script()
    {
        var result = InstalledTool.Run("bash", ["-n"], WorkerJoinScript.Text);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Shellcheck_finds_nothing_to_warn_about()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], WorkerJoinScript.Text);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void Kubeadm_joins_with_a_root_only_file_holding_the_fetched_token_and_pin()
    {
        var result = RunScript();

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"join --config {ConfigPath}", Assert.Single(tools.Calls("kubeadm")));
        Assert.Equal("600", File.ReadAllText(Path.Combine(directory, "seen-mode")).Trim());
        var seen = File.ReadAllText(Path.Combine(directory, "seen-config"));
        Assert.Contains($"token: \"{Token}\"", seen, StringComparison.Ordinal);
        Assert.Contains($"- {Pin}", seen, StringComparison.Ordinal);
    }

    [Fact]
    public void The_joined_file_keeps_everything_but_the_placeholders()
    {
        _ = RunScript();

        var seen = File.ReadAllText(Path.Combine(directory, "seen-config"));
        var template = NodePoolFixture.Join.ConfigTemplate(NodeBootstrap.PatchesDirectory);
        Assert.Equal(template.Replace(WorkerJoin.TokenPlaceholder, Token, StringComparison.Ordinal).Replace(WorkerJoin.CaCertHashPlaceholder, Pin, StringComparison.Ordinal), seen);
    }

    [Fact]
    public void Both_parameters_are_read_decrypted_from_ssm()
    {
        _ = RunScript();

        Assert.Equal(
            [
                "ssm get-parameter --with-decryption --name /infra/prod/node/join/token --query Parameter.Value --output text",
                "ssm get-parameter --with-decryption --name /infra/prod/node/join/ca-cert-hash --query Parameter.Value --output text",
            ],
            tools.Calls("aws"));
    }

    [Fact]
    public void The_file_with_the_token_is_removed_once_the_node_has_joined()
    {
        _ = RunScript();

        Assert.Equal(["join.env", "join.yaml.template"], Directory.EnumerateFiles(directory, "join*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_file_with_the_token_is_removed_when_the_join_fails_too()
    {
        var result = RunScript(kubeadmExitCode: 1);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(tools.Calls("kubeadm"));
        Assert.Equal(["join.env", "join.yaml.template"], Directory.EnumerateFiles(directory, "join*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_token_is_never_printed()
    {
        var result = RunScript();

        Assert.DoesNotContain(Token, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_not_yet_published_fails_the_join_at_the_deadline()
    {
        var result = RunScript(published: false, timeoutSeconds: 0);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("could not read SSM parameter /infra/prod/node/join/token", result.Error, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("kubeadm"));
    }

    [Fact]
    public void A_value_that_is_not_a_bootstrap_token_is_refused_before_kubeadm_runs()
    {
        var result = RunScript(token: "not-a-token");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("does not hold a bootstrap token", result.Error, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("kubeadm"));
    }

    [Fact]
    public void A_template_without_the_placeholders_is_refused_before_kubeadm_runs()
    {
        var result = RunScript(template: "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\n");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("has no placeholder", result.Error, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("kubeadm"));
    }

    private InstalledTool.Result RunScript(bool published = true, int? timeoutSeconds = null, string token = Token, string? template = null, int kubeadmExitCode = 0)
    {
        var parameters = NodePoolFixture.Join.Parameters;
        tools.Add("aws", published
            ? $$"""
                case "$5" in
                  {{parameters.Token}}) echo '{{token}}' ;;
                  {{parameters.CaCertHash}}) echo '{{Pin}}' ;;
                  *) exit 254 ;;
                esac
                """
            : "echo 'An error occurred (ParameterNotFound)' >&2; exit 254");
        tools.Add("kubeadm", $"stat -c %a \"$3\" > '{directory}/seen-mode'; cp \"$3\" '{directory}/seen-config'; exit {kubeadmExitCode}");

        var templatePath = Path.Combine(directory, "join.yaml.template");
        File.WriteAllText(templatePath, template ?? NodePoolFixture.Join.ConfigTemplate(NodeBootstrap.PatchesDirectory));
        // The pool's own settings, with the two files here instead of under /etc/kubeadm.
        var settings = Regex.Replace(NodePoolFixture.Join.Settings(), "^JOIN_CONFIG_TEMPLATE=.*$", $"JOIN_CONFIG_TEMPLATE={templatePath}", RegexOptions.Multiline);
        settings = Regex.Replace(settings, "^JOIN_CONFIG=.*$", $"JOIN_CONFIG={ConfigPath}", RegexOptions.Multiline);
        if (timeoutSeconds is { } seconds)
        {
            settings = Regex.Replace(settings, "^JOIN_FETCH_TIMEOUT_SECONDS=.*$", $"JOIN_FETCH_TIMEOUT_SECONDS={seconds}", RegexOptions.Multiline);
        }

        var settingsPath = Path.Combine(directory, "join.env");
        File.WriteAllText(settingsPath, settings);
        var script = Path.Combine(directory, "kubeadm-join-node");
        File.WriteAllText(script, WorkerJoinScript.Text);
        var environment = new Dictionary<string, string> { ["PATH"] = tools.SearchPath };
        return InstalledTool.Run("bash", [script, settingsPath], environment: environment);
    }

    [Fact]
    public void A_worker_waits_while_the_token_holds_the_programs_placeholder() =>
        Assert.Contains($"[[ \"$value\" != {JoinParameters.Unpublished} ]]", WorkerJoinScript.Text, StringComparison.Ordinal);
}
