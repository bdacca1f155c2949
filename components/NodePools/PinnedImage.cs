namespace Infra.NodePools;

/// <summary>
/// A machine image chosen on purpose for one architecture, recorded in the stack config (<c>infra:images</c>) so it
/// changes only when an operator changes it. Stateful machines (etcd members, control-plane nodes) take it: an image
/// that moves by itself (<see cref="NodeImage.Ubuntu2404Parameter"/>) would reach every member at the next update.
/// </summary>
/// <param name="Ami">The AMI id in the stack's region (AMI ids are regional): <c>ami-</c> and 8 or 17 hex digits.</param>
/// <param name="KernelVersion">The kernel the image boots, e.g. <c>6.8.0-1021-aws</c>: networking (eBPF dataplane) depends on it.</param>
/// <param name="Name">The image's name as published, e.g. <c>ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250115</c>; for people.</param>
public sealed record PinnedImage(string Ami, string KernelVersion, string Name);
