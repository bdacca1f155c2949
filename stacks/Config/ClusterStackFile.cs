namespace Infra.Stacks.Config;

/// <summary>
/// How a platform stack sees its cluster stack's settings: the platform compile reads the cluster stack's file
/// (<c>Pulumi.&lt;env&gt;.yaml</c>) from the project folder, where Pulumi runs the compiler for every stack of the project.
/// So both programs are compiled from one source for what they must agree on (pod and service networks, node pools and
/// their kubelets, pinned images, DNS), and the platform's first preview needs no deployed cluster: a stack output would
/// be unknown until the cluster stack has run. Secrets in that file are noted as set, never decrypted.
/// </summary>
public static class ClusterStackFile
{
    /// <summary>
    /// The cluster stack a platform stack belongs to: the last segment of <c>infra:clusterStack</c> when set
    /// (<c>acme/infra/prod</c> is <c>prod</c>), else the environment's name, the stack the kubeconfig reference names by default.
    /// </summary>
    public static string StackNameFor(StackConfig platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return platform.ClusterStack is { } reference
            ? reference[(reference.LastIndexOf('/') + 1)..]
            : ConfigSpelling.Text(platform.Environment);
    }

    /// <summary>
    /// <paramref name="config"/> with <see cref="StackConfig.Cluster"/> read from <paramref name="projectDir"/> for a platform
    /// stack; a cluster stack is returned as it is. Throws <see cref="ConfigException"/> when the file is missing or belongs
    /// to another environment or cluster. <paramref name="source"/> names where <paramref name="config"/> came from in
    /// errors (<c>PULUMI_CONFIG</c> under Pulumi); by default the stack's file.
    /// </summary>
    public static StackConfig Attach(StackConfig config, string projectDir, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Layer != StackLayer.Platform)
        {
            return config;
        }

        var name = StackNameFor(config);
        var fileName = $"Pulumi.{name}.yaml";
        if (!File.Exists(Path.Combine(projectDir, fileName)))
        {
            throw new ConfigException($"{fileName}: not found in {Path.GetFullPath(projectDir)}: the platform stack {config.StackName} compiles from its cluster stack's config (pod and service networks, node pools, images) as well as its own: keep the cluster stack's file in the project folder, or set {ConfigSchema.ClusterStack.FullName} to a stack whose file is there");
        }

        var cluster = StackConfigLoader.FromStackFile(projectDir, name);
        if (cluster.Layer != StackLayer.Cluster || cluster.Environment != config.Environment || cluster.ClusterName != config.ClusterName)
        {
            throw new ConfigException($"{fileName}: is the {ConfigSpelling.Text(cluster.Environment)} {ConfigSpelling.Text(cluster.Layer)} stack of cluster '{cluster.ClusterName}', but platform stack {config.StackName} is of the {ConfigSpelling.Text(config.Environment)} cluster '{config.ClusterName}': point {ConfigSchema.ClusterStack.FullName} at the cluster stack of the same environment and {ConfigSchema.ClusterName.FullName}");
        }

        return config with { Cluster = cluster, ExpectedNodes = ExpectedNodesOf(config, source ?? $"Pulumi.{config.StackName}.yaml", cluster, fileName) };
    }

    /// <summary>
    /// The platform's <c>infra:expectedNodes</c> is its cluster stack's: both derive settings from it (the cluster its
    /// kubelets, pools and DNS plan; the platform CoreDNS, the Cluster Autoscaler and NodeLocal DNSCache), so an unset
    /// value is taken from the cluster stack and a different one is refused.
    /// </summary>
    private static int ExpectedNodesOf(StackConfig platform, string platformSource, StackConfig cluster, string clusterFile)
    {
        if (platform.ExpectedNodesStated && platform.ExpectedNodes != cluster.ExpectedNodes)
        {
            var key = ConfigSchema.ExpectedNodes.FullName;
            throw new ConfigException($"{platformSource}: {key} is {platform.ExpectedNodes}, but its cluster stack's ({clusterFile}) is {cluster.ExpectedNodes}: both stacks derive settings from it (CoreDNS replicas, Cluster Autoscaler, NodeLocal DNSCache), so they must agree: remove {key} from stack {platform.StackName}'s config to take the cluster stack's, or set {cluster.ExpectedNodes}");
        }

        return cluster.ExpectedNodes;
    }
}
