using Infra.Aws;
using Infra.CloudProvider;
using Infra.Kubernetes.Storage;
using Infra.Model;
using Infra.NodeIam;

namespace Infra.Tests.CloudProvider;

public class EbsCsiDriverTests
{
    private static EbsCsiDriver Build(string clusterName = "prod", string storageClassName = "gp3") =>
        new(new InfraProgram("test", "test").Root, "ebs-csi-driver", new EbsCsiDriverArgs { ClusterName = clusterName, StorageClassName = storageClassName });

    private static IEnumerable<ChartImage> Images(EbsCsiDriverValues values)
    {
        var sidecars = values.Sidecars;
        return new[] { sidecars.Provisioner, sidecars.Attacher, sidecars.Snapshotter, sidecars.LivenessProbe, sidecars.Resizer, sidecars.NodeDriverRegistrar }
            .Select(s => s.Image)
            .Prepend(values.Image);
    }

    [Fact]
    public void It_is_a_pinned_helm_v3_release_of_the_upstream_chart_in_kube_system()
    {
        var release = Build().Release;

        Assert.Equal(("kubernetes:helm.sh/v3:Release", "aws-ebs-csi-driver", "2.63.1"), (release.Type, release.Args.Chart, release.Args.Version));
        Assert.Equal("https://kubernetes-sigs.github.io/aws-ebs-csi-driver", release.Args.RepositoryOpts?.Repo);
        Assert.Equal("kube-system", release.Args.Namespace?.KnownValue);
    }

    [Fact]
    public void The_controller_runs_only_on_control_plane_nodes()
    {
        var controller = Build().Values.Controller;

        Assert.Equal(ControlPlanePlacement.NodeSelector, controller.NodeSelector);
        Assert.Equal([ControlPlanePlacement.ControlPlaneTaint], controller.Tolerations);
    }

    [Fact]
    public void The_node_plugin_takes_its_instance_metadata_from_its_Node_object_not_from_IMDS()
    {
        Assert.Equal("kubernetes", Build().Values.Node.MetadataSources);
    }

    [Fact]
    public void Every_image_is_pinned_from_registry_k8s_io()
    {
        Assert.All(Images(Build().Values), image =>
        {
            Assert.StartsWith("registry.k8s.io/", image.Repository, StringComparison.Ordinal);
            Assert.Matches(@"^v\d+\.\d+\.\d+$", image.Tag);
        });
    }

    [Fact]
    public void The_driver_tags_volumes_with_the_cluster_name_its_iam_conditions_require()
    {
        var values = Build("prod-eu").Values;
        var conditions = NodePermissions.EbsCsiController(AwsAccount.Of(new InfraProgram("test", "test").Root), "prod-eu")
            .Where(s => s.Condition is not null)
            .SelectMany(s => s.Condition!.Values)
            .SelectMany(c => c)
            .Where(c => c.Key.EndsWith("/" + NodePermissions.EbsCsiClusterNameTag, StringComparison.Ordinal))
            .ToList();

        Assert.Equal("prod-eu", values.Controller.K8sTagClusterId);
        Assert.NotEmpty(conditions);
        Assert.All(conditions, c => Assert.Equal(["prod-eu"], c.Value.Select(v => v.KnownValue)));
    }

    [Fact]
    public void The_default_storage_class_is_encrypted_gp3_bound_at_first_consumer_expandable_and_deleted_with_its_claim()
    {
        var args = Build().StorageClass.Args;

        Assert.Equal("gp3", args.Metadata?.Name?.KnownValue);
        Assert.Equal("true", args.Metadata?.Annotations?["storageclass.kubernetes.io/is-default-class"].KnownValue);
        Assert.Equal("ebs.csi.aws.com", args.Provisioner);
        Assert.Equal(new Dictionary<string, string> { ["encrypted"] = "true", ["type"] = "gp3" }, args.Parameters);
        Assert.Equal((ReclaimPolicy.Delete, VolumeBindingMode.WaitForFirstConsumer, true), (args.ReclaimPolicy, args.VolumeBindingMode, args.AllowVolumeExpansion));
    }

    [Fact]
    public void A_storage_class_name_kubernetes_would_reject_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(storageClassName: "GP3_Fast"));

        Assert.Contains("'GP3_Fast'", error.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case letters", error.Message, StringComparison.Ordinal);
    }
}
