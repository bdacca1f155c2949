namespace Infra.Emit.Bom;

/// <summary>
/// An AWS Service Quotas entry a stack's capacity counts against: request an increase with
/// <c>aws service-quotas request-service-quota-increase --service-code {ServiceCode} --quota-code {Code}</c>
/// before the stack needs it (increases take hours to days). Codes and names as Service Quotas lists them
/// (<c>aws service-quotas list-service-quotas --service-code ec2</c>, likewise <c>ebs</c>).
/// </summary>
public sealed record ServiceQuota(string ServiceCode, string Code, string Name)
{
    /// <summary>Every M, C, R (and T, ...) instance counts here, in vCPUs: nodes, control plane and etcd alike.</summary>
    public static readonly ServiceQuota StandardOnDemandVcpus = new("ec2", "L-1216C47A", "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, vCPUs");

    /// <summary>GPU nodes (g4dn, g5) count here, in vCPUs; a new account's value is often 0.</summary>
    public static readonly ServiceQuota GAndVtOnDemandVcpus = new("ec2", "L-DB2E81BA", "Running On-Demand G and VT instances, vCPUs");

    /// <summary>One Elastic IP per NAT gateway.</summary>
    public static readonly ServiceQuota ElasticIps = new("ec2", "L-0263D0A3", "EC2-VPC Elastic IPs");

    /// <summary>Root volumes of every machine and gp3 etcd data volumes, summed in TiB.</summary>
    public static readonly ServiceQuota Gp3StorageTiB = new("ebs", "L-7A658B76", "Storage for General Purpose SSD (gp3) volumes, in TiB");

    /// <summary>The provisioned IOPS of io2 etcd data volumes (clusters from 1,000 expected nodes), summed.</summary>
    public static readonly ServiceQuota Io2Iops = new("ebs", "L-8D977E7E", "IOPS for Provisioned IOPS SSD (io2) volumes");
}
