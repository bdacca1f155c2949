namespace Infra.ControlPlane.Cis;

/// <summary>
/// A CIS Kubernetes Benchmark recommendation the platform deliberately does not follow, written down so the policy
/// report shows it and the benchmark test accepts exactly these failures. Each part must say something: an
/// undocumented deviation is a failure.
/// </summary>
public sealed record CisDeviation
{
    /// <param name="id">The recommendation's id in the benchmark version named by <see cref="Benchmark"/>, e.g. <c>1.2.9</c>.</param>
    /// <param name="title">The recommendation, in the benchmark's words.</param>
    /// <param name="reason">Why it is not followed at this platform's scale: the cost it would have, with numbers where there are any.</param>
    /// <param name="compensatingControl">What covers the risk the recommendation addresses.</param>
    public CisDeviation(string id, string title, string reason, string compensatingControl)
    {
        Id = Require(id, nameof(id), "the recommendation's id, e.g. '1.2.9'");
        Title = Require(title, nameof(title), "the recommendation in the benchmark's words");
        Reason = Require(reason, nameof(reason), "why it is not followed at this scale");
        CompensatingControl = Require(compensatingControl, nameof(compensatingControl), "what covers the risk instead");
    }

    /// <summary>
    /// The benchmark the ids refer to. kube-bench's cfg/config.yaml maps Kubernetes 1.32-1.34 to cis-1.12 and no newer
    /// benchmark exists there (aquasecurity/kube-bench a73ce378418c71c5861e6963753f50dec3badadf).
    /// </summary>
    public const string Benchmark = "CIS Kubernetes Benchmark 1.12";

    public string Id { get; }

    public string Title { get; }

    public string Reason { get; }

    public string CompensatingControl { get; }

    private static string Require(string value, string name, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"a CIS deviation needs {what}: an undocumented deviation is a failure", name) : value;
}
