namespace Infra.Tests.Cis;

/// <summary>
/// One decidable CIS Kubernetes Benchmark 1.12 check, written down from kube-bench's cfg/cis-1.12 (see
/// <see cref="Cis112Checks"/>): the benchmark's id and text, where it reads, what it requires, whether the benchmark
/// scores it (kube-bench's <c>scored</c>), and whether kubeadm's defaults alone satisfy it.
/// </summary>
internal sealed record CisCheck(string Id, CisComponent Component, string Text, CisCondition Requires, bool Scored, bool KubeadmDefaultsSatisfy);
