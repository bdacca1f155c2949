using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Infra.Software;
using Infra.Tests.Support;

namespace Infra.Tests.Software;

/// <summary>
/// The installer run for real by bash in a scratch root, downloading with the real curl from a loopback server that
/// serves tiny stand-in releases: a plain binary (like kubelet) and an archive keeping its executables in a folder
/// beside a README (like containerd's bin/ or etcd's versioned folder). Only <c>uname</c> is a stand-in, so the test
/// does not depend on the machine it runs on.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SoftwareInstallerTests : IDisposable
{
    private static readonly byte[] Kubelet = Encoding.UTF8.GetBytes("#!/bin/sh\necho kubelet\n");

    private static readonly byte[] Runtime = Archive(
        ("runtime-v1/bin/containerd", "#!/bin/sh\necho containerd\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute),
        ("runtime-v1/bin/ctr", "#!/bin/sh\necho ctr\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute),
        ("runtime-v1/README.md", "documentation\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead));

    private readonly StandInTools tools = new("software-installer-");
    private readonly LoopbackFileServer server = new();

    public SoftwareInstallerTests()
    {
        tools.Add("uname", "echo x86_64");
    }

    public void Dispose()
    {
        server.Dispose();
        tools.Dispose();
    }

    [Fact]
    public void Every_artifact_lands_where_it_belongs_executable_with_its_archives_documentation_left_out()
    {
        var result = Run(Pins());

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(Kubelet, File.ReadAllBytes(tools.Path("/usr/local/bin/kubelet")));
        Assert.Equal("#!/bin/sh\necho containerd\n", File.ReadAllText(tools.Path("/usr/local/bin/containerd")));
        Assert.True(File.Exists(tools.Path("/usr/local/bin/ctr")));
        Assert.False(File.Exists(tools.Path("/usr/local/bin/README.md")));
        Assert.All(["/usr/local/bin/kubelet", "/usr/local/bin/containerd", "/usr/local/bin/ctr"], file =>
            Assert.Equal((UnixFileMode)Convert.ToInt32("755", 8), File.GetUnixFileMode(tools.Path(file))));
        Assert.Empty(Directory.GetFiles(tools.Path("/usr/local/bin"), "*.infra-new"));
    }

    [Fact]
    public void A_second_run_downloads_nothing()
    {
        var pins = Pins();
        Assert.Equal(0, Run(pins).ExitCode);

        var second = Run(pins);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(pins.Count, server.TotalRequests);
        Assert.Contains("kubelet 1.0.0 already installed", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_lost_since_the_last_run_is_installed_again_and_only_its_artifact_is_downloaded()
    {
        var pins = Pins();
        Assert.Equal(0, Run(pins).ExitCode);
        File.Delete(tools.Path("/usr/local/bin/ctr"));

        var result = Run(pins);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(File.Exists(tools.Path("/usr/local/bin/ctr")));
        Assert.Equal((1, 2), (server.Requests("kubelet"), server.Requests("runtime.tar.gz")));
    }

    [Fact]
    public void A_wrong_checksum_fails_closed_with_one_line_naming_the_artifact_and_url_and_installs_nothing_of_it()
    {
        var pins = Pins();
        var runtime = pins[1] with { Downloads = new Dictionary<CpuArchitecture, ArtifactDownload> { [CpuArchitecture.Amd64] = pins[1].For(CpuArchitecture.Amd64) with { Sha256 = new string('0', 64) } } };

        var result = Run([runtime, pins[0]]);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"runtime 1.0.0: {runtime.For(CpuArchitecture.Amd64).Url} does not have the pinned SHA-256", line, StringComparison.Ordinal);
        Assert.Contains("nothing installed", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tools.Path("/usr/local/bin")));
        Assert.False(Directory.Exists(tools.Path(SoftwareInstaller.MarkerDirectory)));
    }

    [Fact]
    public void A_download_failing_twice_is_retried_by_curl_and_then_installed()
    {
        server.FailFirst("kubelet", 2);

        var result = Run(Pins());

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(3, server.Requests("kubelet"));
        Assert.Equal(Kubelet, File.ReadAllBytes(tools.Path("/usr/local/bin/kubelet")));
    }

    [Fact]
    public void A_machine_of_another_architecture_is_refused_before_any_download()
    {
        tools.Add("uname", "echo aarch64");

        var result = Run(Pins());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("carries amd64 (x86_64) downloads but the machine is aarch64", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalRequests);
    }

    [Theory]
    [InlineData("node")]
    [InlineData("etcd")]
    public void Both_presets_pass_shellcheck_and_bash_syntax(string preset)
    {
        var script = (preset == "etcd" ? SoftwareInstaller.EtcdMember(CpuArchitecture.Amd64) : SoftwareInstaller.KubernetesNode(CpuArchitecture.Arm64)).Text;

        var shellcheck = InstalledTool.RunOnFile("shellcheck", ["--shell=bash"], script);
        var syntax = InstalledTool.RunOnFile("bash", ["-n"], script);

        Assert.True(shellcheck.ExitCode == 0, shellcheck.Output);
        Assert.True(syntax.ExitCode == 0, syntax.Output);
    }

    [Fact]
    public void The_node_preset_installs_each_pin_for_its_architecture()
    {
        var script = SoftwareInstaller.KubernetesNode(CpuArchitecture.Arm64).Text;

        Assert.All(UpstreamPins.KubernetesNode, pin => Assert.Contains(
            $"install_artifact {pin.Name} {pin.Version} {pin.For(CpuArchitecture.Arm64).Sha256} {pin.For(CpuArchitecture.Arm64).Url} ",
            script,
            StringComparison.Ordinal));
        Assert.Contains("[[ $machine == aarch64 ]]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pin_with_characters_a_command_line_would_split_is_refused()
    {
        var pin = UpstreamPins.Kubelet with { Target = "/usr/local/bin/kube let" };

        var error = Assert.Throws<ArgumentException>(() => new SoftwareInstaller([pin], CpuArchitecture.Amd64).Text);

        Assert.Contains("/usr/local/bin/kube let", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A binary and an archive at version 1.0.0, served by the loopback server, with their real SHA-256.</summary>
    private List<PinnedArtifact> Pins() =>
    [
        Pin("kubelet", ArtifactPackaging.Binary, "/usr/local/bin/kubelet", server.Add("kubelet", Kubelet), Kubelet),
        Pin("runtime", ArtifactPackaging.Archive, "/usr/local/bin", server.Add("runtime.tar.gz", Runtime), Runtime),
    ];

    private static PinnedArtifact Pin(string name, ArtifactPackaging packaging, string target, string url, byte[] content) => new()
    {
        Name = name,
        Version = "1.0.0",
        Packaging = packaging,
        Target = target,
        Downloads = new Dictionary<CpuArchitecture, ArtifactDownload> { [CpuArchitecture.Amd64] = new(url, Convert.ToHexStringLower(SHA256.HashData(content))) },
        Source = "a test fixture",
    };

    private static byte[] Archive(params (string Path, string Content, UnixFileMode Mode)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (path, content, mode) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { Mode = mode, DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
            }
        }

        return buffer.ToArray();
    }

    private InstalledTool.Result Run(IReadOnlyList<PinnedArtifact> pins)
    {
        var script = tools.Path("infra-install-software");
        File.WriteAllText(script, new SoftwareInstaller(pins, CpuArchitecture.Amd64).Text);
        return InstalledTool.Run("bash", [script], environment: new Dictionary<string, string>
        {
            ["PATH"] = tools.SearchPath,
            [SoftwareInstaller.RootVariable] = tools.Directory,
            // The loopback server must be reached directly even where the tests run behind a proxy.
            ["NO_PROXY"] = "127.0.0.1",
        });
    }
}
