namespace Infra.Etcd;

/// <summary>Marks an EBS volume as an etcd member's data volume, so policies can check its storage class.</summary>
/// <param name="Cluster">The etcd cluster's name.</param>
/// <param name="Member">The member whose data it holds.</param>
public sealed record EtcdDataVolumeAnnotation(string Cluster, string Member);
