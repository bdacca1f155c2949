using System.Globalization;
using System.Text;
using Infra.Etcd;

namespace Infra.Stacks.Config;

/// <summary>
/// The operator's rollout of a cluster stack as text (README, "Rolling etcd and the control plane"): one
/// <c>infra:rollout</c> value per <c>pulumi up</c>, in <see cref="RolloutTargets"/> order, each followed by the health
/// check that must pass before the next. The etcd check runs on a member with its own certificate, which names loopback.
/// </summary>
public static class RolloutSequence
{
    public static string Write(string stack, StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Layer != StackLayer.Cluster)
        {
            throw new ConfigException($"stack {stack} is a Kubernetes layer: it runs no etcd member or control-plane node; roll its cluster stack instead");
        }

        var tls = new EtcdTlsFiles();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Rolling stack {stack}: one machine per update. First change infra:images (or the setting) and run\n");
        text.Append(CultureInfo.InvariantCulture, $"# `pulumi up --stack {stack}` with infra:rollout unset (nothing running changes); then each step, its check passing before the next.\n");
        foreach (var (target, step) in RolloutTargets.InOrder(config).Select((target, i) => (target, i + 1)))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{step}. {target.Name}\n");
            text.Append(CultureInfo.InvariantCulture, $"   pulumi config set infra:rollout {target.Name} --stack {stack} && pulumi up --stack {stack}\n");
            if (target.EtcdPorts is { } ports)
            {
                text.Append(CultureInfo.InvariantCulture, $"   check, on any member of its etcd cluster (every member healthy, one leader, equal raft index):\n");
                text.Append(CultureInfo.InvariantCulture, $"   export ETCDCTL_ENDPOINTS=https://127.0.0.1:{ports.Client} ETCDCTL_CACERT={tls.TrustedCaFile} ETCDCTL_CERT={tls.CertFile} ETCDCTL_KEY={tls.KeyFile}\n");
                text.Append("   etcdctl endpoint health --cluster && etcdctl endpoint status --cluster -w table\n");
            }
            else
            {
                text.Append("   check: the instance refresh reports Successful, then every readiness check is ok and the new node Ready:\n");
                text.Append(CultureInfo.InvariantCulture, $"   aws autoscaling describe-instance-refreshes --auto-scaling-group-name {config.ClusterName}-{RolloutTargets.ControlPlanePrefix}{target.ControlPlaneZone}\n");
                text.Append("   kubectl get --raw='/readyz?verbose' && kubectl get nodes\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nLast: pulumi config rm infra:rollout --stack {stack}\n");
        return text.ToString();
    }
}
