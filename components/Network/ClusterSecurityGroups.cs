using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.Network;

/// <summary>
/// One security group per role, with least-privilege rules between them (ports in <see cref="ClusterPorts"/>).
/// Instances carry every group of their roles: all cluster members carry <c>nodes</c>, control plane
/// instances add <c>control-plane</c>, etcd members <c>etcd</c> (both, when etcd is stacked).
/// </summary>
internal sealed class ClusterSecurityGroups
{
    public ClusterSecurityGroups(Scope scope, VpcLayout vpc, NetworkArgs args, NetworkTags tags)
    {
        var controlPlane = NamedGroup.Declare(scope, "control-plane", vpc.VpcId, "Kubernetes API servers", tags.Named("control-plane"));
        var etcd = NamedGroup.Declare(scope, "etcd", vpc.VpcId, "etcd members", tags.Named("etcd"));

        // The cloud controller manager adds its load balancer rules to the one group of an instance
        // tagged with the cluster: the nodes group, which every member carries.
        var nodes = NamedGroup.Declare(
            scope, "nodes", vpc.VpcId, "Kubernetes nodes, control plane included", tags.Named("nodes", [new(tags.ClusterTagKey, SubnetTags.Owned)]));
        var publicLoadBalancer = NamedGroup.Declare(scope, "public-lb", vpc.VpcId, "Internet-facing load balancers", tags.Named("public-lb"));
        publicLoadBalancer.Group.Annotate(PublicLoadBalancerAnnotation.Instance);

        var rules = new SecurityGroupRules(scope, tags);
        rules.Allow(nodes, controlPlane, ClusterPorts.ApiServer, "api", "Kubelets and pods reach the API server");
        rules.Allow(publicLoadBalancer, controlPlane, ClusterPorts.ApiServer, "api", "The API load balancer forwards to API servers");
        rules.Allow(controlPlane, etcd, ClusterPorts.EtcdClient, "etcd-client", "API servers are the etcd clients");
        rules.Allow(etcd, etcd, ClusterPorts.EtcdPeer, "etcd-peer", "etcd members replicate");
        rules.Allow(controlPlane, nodes, ClusterPorts.Kubelet, "kubelet", "API servers reach kubelets for logs, exec, port-forward");
        rules.Allow(nodes, nodes, ClusterPorts.Kubelet, "kubelet", "metrics-server and Prometheus scrape kubelets");
        rules.Allow(nodes, nodes, ClusterPorts.CalicoVxlan, "vxlan", "Calico VXLAN carries pod traffic between nodes");
        rules.Allow(nodes, nodes, ClusterPorts.CalicoTypha, "typha", "calico-node agents reach Typha");
        rules.Allow(publicLoadBalancer, nodes, ClusterPorts.NodePorts, "nodeports", "Load balancers forward to NodePort services");

        foreach (var cidr in args.PublicIngressCidrs)
        {
            rules.AllowFrom(cidr, publicLoadBalancer, ClusterPorts.Https, "https", "Clients reach Ingress");
            rules.AllowFrom(cidr, publicLoadBalancer, ClusterPorts.ApiServer, "api", "Clients reach the Kubernetes API");
        }

        foreach (var (name, port) in ClusterPorts.WorkloadEgress)
        {
            rules.AllowTo(nodes, SecurityGroupRules.Anywhere, port, name, "Workloads reach their dependencies");
        }

        rules.AllowTo(controlPlane, SecurityGroupRules.Anywhere, ClusterPorts.Https, "https", "AWS APIs and image registries");
        rules.AllowTo(etcd, SecurityGroupRules.Anywhere, ClusterPorts.Https, "https", "Backups to S3 and AWS APIs");

        ControlPlane = controlPlane.Group;
        Etcd = etcd.Group;
        Nodes = nodes.Group;
        PublicLoadBalancer = publicLoadBalancer.Group;
    }

    public SecurityGroup ControlPlane { get; }

    public SecurityGroup Etcd { get; }

    public SecurityGroup Nodes { get; }

    public SecurityGroup PublicLoadBalancer { get; }
}
