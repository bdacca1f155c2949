namespace Infra.Kubernetes;

/// <summary>
/// A cluster capability the annotated resource installs, for policies that check whether what objects rely on is
/// there: a metrics adapter serving the custom metrics API annotates its release with <see cref="CustomMetricsApi"/>,
/// a VerticalPodAutoscaler recommender with <see cref="VerticalPodAutoscalerRecommender"/>.
/// </summary>
public sealed record ProvidesAnnotation(string Capability)
{
    /// <summary>The <c>custom.metrics.k8s.io</c> API, which HPA Pods and Object metrics are read from.</summary>
    public const string CustomMetricsApi = "custom.metrics.k8s.io";

    /// <summary>The VPA recommender, which fills in VerticalPodAutoscaler objects' recommendations.</summary>
    public const string VerticalPodAutoscalerRecommender = "vpa-recommender";
}
