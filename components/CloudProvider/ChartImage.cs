namespace Infra.CloudProvider;

/// <summary>The <c>image</c> value both cloud-provider charts read: repository and tag, no digest.</summary>
public sealed record ChartImage
{
    public required string Repository { get; init; }

    public required string Tag { get; init; }
}
