using Infra.Aws.Ec2;
using Infra.Emit.Render;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;
using Infra.Stacks.Cli;
using Infra.Tests.Stacks;

namespace Infra.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    /// <summary>Helm releases are not objects: Helm expands them at deploy time, so render writes no manifest for them.</summary>
    private const string HelmReleaseTypePrefix = "kubernetes:helm.sh/";

    private readonly TempProject project = new();

    private string Output => Path.Combine(project.Root, "rendered");

    public void Dispose() => project.Dispose();

    [Fact]
    public void A_platform_stack_renders_one_manifest_per_Kubernetes_object()
    {
        var objects = ProgramYaml.Resources(project.Run("synth", "--stack", "prod-platform").Out)
            .Select(r => (r.Key, Type: ProgramYaml.TypeOf(r.Value)))
            .Where(r => r.Type.StartsWith("kubernetes:", StringComparison.Ordinal) && !r.Type.StartsWith(HelmReleaseTypePrefix, StringComparison.Ordinal))
            .Select(r => $"kubernetes/{r.Key}.yaml")
            .Order(StringComparer.Ordinal);

        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(objects);
        Assert.Equal(objects, Files());
    }

    [Fact]
    public void A_group_of_custom_resources_renders_as_its_objects()
    {
        project.Run("render", "--stack", "prod-platform", "--out", Output);

        var manifest = File.ReadAllText(Path.Combine(Output, "kubernetes", "instance-metadata-deny-policy.yaml"));

        Assert.StartsWith("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_names_its_apiVersion_and_kind_before_its_metadata()
    {
        project.Run("render", "--stack", "prod-platform", "--out", Output);

        var manifest = File.ReadAllText(Path.Combine(Output, "kubernetes", "priority-classes-standard.yaml"));

        Assert.StartsWith("apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: standard\n", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_stack_renders_each_node_pools_cloud_init_and_kubelet_config()
    {
        var result = project.Run("render", "--stack", "prod", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("#cloud-config\n", File.ReadAllText(Path.Combine(Output, "files", "node-pools", "general", "cloud-init.yaml")), StringComparison.Ordinal);
        Assert.Contains("kind: KubeletConfiguration\n", File.ReadAllText(Path.Combine(Output, "files", "node-pools", "general", "kubelet-config.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_into_a_folder_rendered_before_replaces_it_with_exactly_the_new_files()
    {
        project.Run("render", "--stack", "prod", "--out", Output);

        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(Files(), file => Assert.StartsWith("kubernetes/", file, StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(project.Root, ".rendered*"));
    }

    [Fact]
    public void Rendering_into_an_empty_folder_fills_it()
    {
        Directory.CreateDirectory(Output);

        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(Files());
    }

    [Fact]
    public void Rendering_into_the_current_folder_of_a_repository_is_refused_and_touches_nothing()
    {
        Directory.CreateDirectory(Path.Combine(project.Root, ".git"));
        File.WriteAllText(Path.Combine(project.Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(project.Root, "README.md"), "# a repository\n");
        var before = Snapshot(project.Root);

        var result = project.Run("render", "--stack", "prod-platform", "--out", ".");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("infra: --out .: it holds files infra did not render (.git, .git/HEAD, Pulumi.dev-platform.yaml and 9 more), and rendering replaces the whole folder: "
            + "choose a missing or empty folder, or one infra rendered before (it holds .infra-render)\n", result.Error);
        Assert.Equal(before, Snapshot(project.Root));
    }

    [Fact]
    public void Rendering_into_a_folder_with_a_file_infra_did_not_write_is_refused_and_touches_nothing()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "kept");

        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("it holds files infra did not render (notes.txt)", result.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Files());
    }

    [Fact]
    public void Rendering_over_a_rendering_someone_added_a_file_to_is_refused_and_keeps_the_file()
    {
        project.Run("render", "--stack", "prod-platform", "--out", Output);
        File.WriteAllText(Path.Combine(Output, "kubernetes", "by-hand.yaml"), "left by hand");

        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("it holds files the last rendering did not write (kubernetes/by-hand.yaml)", result.Error, StringComparison.Ordinal);
        Assert.Equal("left by hand", File.ReadAllText(Path.Combine(Output, "kubernetes", "by-hand.yaml")));
    }

    [Fact]
    public void A_stack_with_mandatory_findings_exits_1_with_the_findings_and_writes_nothing()
    {
        project.WithConfigLine("prod", "infra:natMode", "infra:natMode: single");

        var result = project.Run("render", "--stack", "prod", "--out", Output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("MANDATORY AWS-006", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Render_prints_nothing_on_stdout()
    {
        var result = project.Run("render", "--stack", "prod-platform", "--out", Output);

        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_deploy_time_value_is_rendered_as_a_placeholder_naming_its_source()
    {
        var program = new InfraProgram("test", "render placeholders");
        var vpc = new Vpc(program.Root, "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16" });
        _ = new ConfigMap(program.Root, "settings", new ConfigMapArgs
        {
            Metadata = new ObjectMeta { Name = "settings" },
            Data = new Dictionary<string, Expr<string>> { ["vpc"] = vpc.Id },
        });

        var manifest = Assert.Single(RenderEmitter.Render(program));

        Assert.Contains("\n  vpc: \"<deploy-time: vpc.id>\"\n", manifest.Content, StringComparison.Ordinal);
    }

    /// <summary>The files under the output folder other than render's marker.</summary>
    private string[] Files() => Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
        .Where(path => path != RenderedFolder.MarkerName)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every file under <paramref name="root"/>, hidden ones included, with its content.</summary>
    private static string Snapshot(string root) => string.Join("\n", Directory
        .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Order(StringComparer.Ordinal)
        .Select(path => $"{Path.GetRelativePath(root, path)}: {File.ReadAllText(path)}"));
}
