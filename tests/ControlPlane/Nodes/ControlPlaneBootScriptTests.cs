using Infra.ControlPlane.Nodes;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Nodes;

/// <summary>
/// The boot script run for real by bash against a scratch root, with stand-ins for the AWS CLI, the instance
/// metadata service (curl), kubeadm, systemctl and sleep: which node initializes, which joins, and what they write.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ControlPlaneBootScriptTests : IDisposable
{
    private const string PkiPath = "/infra/prod/control-plane/pki";
    private const string Token = "abcdef.0123456789abcdef";
    private const string Pin = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/k1";

    private static readonly ControlPlaneBoot Boot = ControlPlaneNodesFixture.Build().ControlPlane.Boot;

    private readonly StandInTools tools = new("control-plane-boot-");

    public void Dispose() => tools.Dispose();

    [Fact]
    public void A_node_finding_the_api_answering_joins_with_the_fetched_token_and_pin_in_a_private_file()
    {
        var result = Run(zone: "eu-west-1b", apiAnswersAfterPolls: 0);

        Assert.True(result.ExitCode == 0, result.Error);
        var join = Assert.Single(tools.Calls("kubeadm"));
        Assert.StartsWith("join --config ", join, StringComparison.Ordinal);
        var file = tools.Path("/etc/kubeadm/join.yaml");
        Assert.Contains($"token: \"{Token}\"", File.ReadAllText(file).Replace("'", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Pin, File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void The_first_zones_node_initializes_when_no_api_answers()
    {
        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: int.MaxValue);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([$"init --config {tools.Path(ControlPlaneBootScript.InitConfigPath)} --skip-token-print"], tools.Calls("kubeadm"));
        Assert.Contains(tools.Calls("systemctl"), call => call.Contains("enable --now", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_zones_node_waits_for_the_api_and_then_joins()
    {
        var result = Run(zone: "eu-west-1c", apiAnswersAfterPolls: 3);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("join ", Assert.Single(tools.Calls("kubeadm")), StringComparison.Ordinal);
        Assert.NotEmpty(tools.Calls("sleep"));
    }

    [Fact]
    public void Another_zones_node_never_initializes_and_fails_when_the_api_never_answers()
    {
        var result = Run(zone: "eu-west-1c", apiAnswersAfterPolls: int.MaxValue);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"did not answer within {ControlPlaneBootScript.ApiWaitMinutes} minutes", result.Error, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("kubeadm"));
    }

    [Fact]
    public void Certificates_land_under_the_pki_directory_with_keys_readable_by_root_only()
    {
        _ = Run(zone: "eu-west-1b", apiAnswersAfterPolls: 0);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tools.Path("/etc/kubernetes/pki/etcd/ca.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(tools.Path("/etc/kubernetes/pki/ca.crt")));
        Assert.Equal($"value of {PkiPath}/ca.crt\n", File.ReadAllText(tools.Path("/etc/kubernetes/pki/ca.crt")));
    }

    [Fact]
    public void The_kms_plugin_manifest_names_the_secrets_key()
    {
        _ = Run(zone: "eu-west-1b", apiAnswersAfterPolls: 0);

        var manifest = File.ReadAllText(tools.Path(KmsPluginPod.ManifestPath));
        Assert.Contains($"--key={KeyArn}", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(KmsPluginPod.KeyArnPlaceholder, manifest, StringComparison.Ordinal);
    }

    /// <param name="zone">The zone the metadata service reports.</param>
    /// <param name="apiAnswersAfterPolls">How many /readyz probes fail before the API answers.</param>
    private InstalledTool.Result Run(string zone, int apiAnswersAfterPolls)
    {
        var script = Boot.Script;
        foreach (var (path, content) in new[] { (ControlPlaneBootScript.JoinTemplatePath, Boot.JoinTemplate), (ControlPlaneBootScript.KmsPluginTemplatePath, Boot.KmsPlugin.ToYaml()), (ControlPlaneBootScript.InitConfigPath, Boot.InitTemplate) })
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(tools.Path(path))!);
            File.WriteAllText(tools.Path(path), content);
        }

        var polls = tools.Path("readyz-polls");
        tools.Add("curl", $$"""
            case "$*" in
              *api/token*) echo imds-token ;;
              *availability-zone*) echo {{zone}} ;;
              *readyz*) n=$(( $(cat '{{polls}}' 2>/dev/null || echo 0) + 1 )); echo "$n" > '{{polls}}'; [ "$n" -gt {{(apiAnswersAfterPolls == int.MaxValue ? int.MaxValue / 2 : apiAnswersAfterPolls)}} ] ;;
              *) exit 22 ;;
            esac
            """);
        tools.Add("aws", $$"""
            case "$*" in
              *get-parameters-by-path*) printf '%s\t%s\t%s\n' {{PkiPath}}/ca.crt {{PkiPath}}/ca.key {{PkiPath}}/etcd/ca.key ;;
              *"--name {{script.TokenParameter}} "*) echo {{Token}} ;;
              *"--name {{script.CaCertHashParameter}} "*) echo {{Pin}} ;;
              *"--name {{script.KeyArnParameter}} "*) echo {{KeyArn}} ;;
              *get-parameter*) args="$*"; name=${args#*--name }; echo "value of ${name%% *}" ;;
            esac
            """);
        tools.Add("kubeadm", "true");
        tools.Add("systemctl", "true");
        tools.Add("sleep", "true");

        var file = tools.Path("control-plane-boot");
        File.WriteAllText(file, script.Text);
        return InstalledTool.Run("bash", [file], environment: new Dictionary<string, string>
        {
            ["PATH"] = tools.SearchPath,
            ["CONTROL_PLANE_ROOT"] = tools.Directory,
        });
    }
}
