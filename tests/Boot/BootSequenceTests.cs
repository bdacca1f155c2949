using Infra.Boot;
using Infra.ControlPlane.Nodes;
using Infra.Etcd;
using Infra.NodePools;
using Infra.Tests.ControlPlane.Nodes;
using Infra.Tests.NodePools;
using Infra.Tests.Support;

namespace Infra.Tests.Boot;

/// <summary>The boot order of every kind of machine, as data: what comes before what, and scripts bash and shellcheck accept.</summary>
public class BootSequenceTests
{
    public static TheoryData<string> Machines => new() { "control-plane", "worker", "gpu-worker-with-local-ssd", "etcd" };

    [Fact]
    public void The_control_plane_waits_for_etcd_before_kubeadm_init_and_has_its_certificates_before_that()
    {
        var boot = Sequence("control-plane");

        Assert.True(boot.IndexOf("fetch-pki") < boot.IndexOf("wait-for-etcd"));
        Assert.True(boot.IndexOf("wait-for-etcd") < boot.IndexOf("init-or-join"));
        Assert.True(boot.IndexOf("wait-for-api") < boot.IndexOf("init-or-join"));
    }

    [Fact]
    public void A_worker_waits_for_the_api_before_it_joins()
    {
        var boot = Sequence("worker");

        Assert.True(boot.IndexOf("wait-for-api") < boot.IndexOf("join"));
    }

    [Fact]
    public void An_etcd_member_starts_etcd_last_and_only_then_its_certificate_renewal()
    {
        var boot = Sequence("etcd");

        Assert.Equal(boot.Steps.Count - 2, boot.IndexOf("start-etcd"));
        Assert.Equal(boot.Steps.Count - 1, boot.IndexOf("start-certificate-renewal"));
        Assert.True(boot.IndexOf("prepare-data-volume") < boot.IndexOf("install-etcd"));
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Every_node_installs_its_software_before_anything_that_needs_it(string machine)
    {
        var boot = Sequence(machine);

        Assert.Equal(0, boot.IndexOf(AwsCliSnap.Step.Name));
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Step_names_are_unique_so_each_has_its_own_marker(string machine)
    {
        var names = Sequence(machine).Steps.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Bash_parses_the_boot_script(string machine)
    {
        var result = InstalledTool.Run("bash", ["-n"], Sequence(machine).Script);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Shellcheck_finds_nothing_to_warn_about_in_the_boot_script(string machine)
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], Sequence(machine).Script);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void The_machines_in_auto_scaling_groups_report_to_them_and_etcd_members_do_not()
    {
        Assert.True(Sequence("control-plane").InAutoScalingGroup);
        Assert.True(Sequence("worker").InAutoScalingGroup);
        Assert.False(Sequence("etcd").InAutoScalingGroup);
    }

    [Fact]
    public void A_step_name_that_cannot_name_a_file_and_a_label_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BootStep.Retried("Join Cluster", "join", "true"));

        Assert.Contains("lower-case words joined by '-'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_step_the_sequence_lacks_names_the_steps_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => Sequence("worker").IndexOf("kubeadm-init"));

        Assert.Contains("wait-for-api, join", error.Message, StringComparison.Ordinal);
    }

    private static BootSequence Sequence(string machine) => machine switch
    {
        "control-plane" => ControlPlaneNodesFixture.Build().ControlPlane.Boot.Script.Sequence,
        "worker" => NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster())).Pool.Bootstrap.Sequence,
        "gpu-worker-with-local-ssd" => NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster()) with { LocalSsd = true }).Pool.Bootstrap.Sequence,
        _ => EtcdMemberBoot.Sequence,
    };
}
