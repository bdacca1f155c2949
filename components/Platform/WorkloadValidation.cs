using Infra.Kubernetes;

namespace Infra.Platform;

/// <summary>The checks a <see cref="Workload"/> runs on its args; each message names the value and the fix.</summary>
internal static class WorkloadValidation
{
    public static void Validate(string id, WorkloadArgs args)
    {
        if (args.Image.IsKnown && string.IsNullOrWhiteSpace(args.Image.KnownValue))
        {
            Fail(id, "Image is empty: set it to the image to run, pinned by tag or digest (e.g. 'registry/app:1.4.2')");
        }

        if (args.MinReplicas < 1)
        {
            Fail(id, $"MinReplicas is {args.MinReplicas}: set it to at least 1 (3 to survive the loss of a zone)");
        }

        if (args.MaxReplicas < args.MinReplicas)
        {
            Fail(id, $"MaxReplicas {args.MaxReplicas} is below MinReplicas {args.MinReplicas}: set MaxReplicas >= {args.MinReplicas}");
        }

        if (args.Replicas is { } replicas && (replicas < args.MinReplicas || replicas > args.MaxReplicas))
        {
            Fail(id, $"Replicas {replicas} is outside {args.MinReplicas}..{args.MaxReplicas}: set it within the autoscaler's range or leave it unset");
        }

        CheckPort(id, nameof(args.Port), args.Port);
        CheckPort(id, nameof(args.ContainerPort), args.ContainerPort);

        if (args.TargetCpuUtilization is < 1 or > 100)
        {
            Fail(id, $"TargetCpuUtilization is {args.TargetCpuUtilization}: set a percentage of the CPU request between 1 and 100 (60 leaves headroom for a scale-up)");
        }

        var cpu = Positive(id, nameof(args.CpuRequest), args.CpuRequest, "500m");
        var memory = Positive(id, nameof(args.MemoryRequest), args.MemoryRequest, "512Mi");
        var cpuAbove = Above(id, nameof(args.CpuLimit), args.CpuLimit, cpu, nameof(args.CpuRequest), args.CpuRequest);
        var memoryAbove = Above(id, nameof(args.MemoryLimit), args.MemoryLimit, memory, nameof(args.MemoryRequest), args.MemoryRequest);
        CheckQos(id, args, cpuAbove || memoryAbove);

        if (args.RequestsPerSecond is < 1)
        {
            Fail(id, $"RequestsPerSecond is {args.RequestsPerSecond}: set the requests per second one pod serves (seed: {WorkloadArgs.SeedRequestsPerSecond}), or leave it unset to scale on CPU only");
        }

        CheckPath(id, nameof(args.ReadinessPath), args.ReadinessPath);
        CheckPath(id, nameof(args.LivenessPath), args.LivenessPath);
    }

    /// <summary>The QoS class is one the tier allows, and the limits make the pods of that class.</summary>
    private static void CheckQos(string id, WorkloadArgs args, bool limitAboveRequest)
    {
        if (!args.Tier.AllowedQos.Contains(args.Qos))
        {
            Fail(id, $"Qos {args.Qos} is not allowed in tier '{args.Tier}', which allows {string.Join(", ", args.Tier.AllowedQos)}: choose one of those, or Tier = ServiceTier.Batch for BestEffort");
        }

        switch (args.Qos)
        {
            case QosClass.Guaranteed when limitAboveRequest:
                Fail(id, "Qos is Guaranteed but a limit exceeds its request: leave CpuLimit and MemoryLimit unset (they equal the requests), or set Qos = Burstable");
                break;
            case QosClass.Burstable when !limitAboveRequest:
                Fail(id, "Qos is Burstable but no limit exceeds its request: set CpuLimit or MemoryLimit above the request, or set Qos = Guaranteed");
                break;
            case QosClass.BestEffort when args.CpuLimit is not null || args.MemoryLimit is not null:
                Fail(id, "Qos is BestEffort, whose pods state no requests or limits, but CpuLimit or MemoryLimit is set: remove them, or choose Burstable");
                break;
            case QosClass.BestEffort when args.RequestsPerSecond is null && args.AdditionalMetrics is not { Count: > 0 }:
                Fail(id, $"Qos is BestEffort, whose pods have no CPU request for the autoscaler's CPU target: set RequestsPerSecond or AdditionalMetrics to scale on");
                break;
        }
    }

    private static decimal Positive(string id, string property, string quantity, string example)
    {
        if (!Quantity.TryParse(quantity, out var value) || value <= 0)
        {
            Fail(id, $"{property} '{quantity}' is not a positive quantity: set it like '{example}'");
        }

        return value;
    }

    /// <summary>Whether the limit, when set, is above its request; a limit below its request is refused.</summary>
    private static bool Above(string id, string property, string? limit, decimal request, string requestProperty, string requestText)
    {
        if (limit is null)
        {
            return false;
        }

        if (!Quantity.TryParse(limit, out var value) || value < request)
        {
            Fail(id, $"{property} '{limit}' is not a quantity at least {requestProperty} '{requestText}': raise it, or leave it unset to equal the request (Guaranteed QoS)");
        }

        return value > request;
    }

    private static void CheckPort(string id, string property, int port)
    {
        if (port is < 1 or > 65535)
        {
            Fail(id, $"{property} is {port}: set a TCP port between 1 and 65535");
        }
    }

    private static void CheckPath(string id, string property, string? path)
    {
        if (path is not null && !path.StartsWith('/'))
        {
            Fail(id, $"{property} '{path}' does not start with '/': set an absolute HTTP path such as '/{path}', or null for no probe");
        }
    }

    private static void Fail(string id, string problem) =>
        throw new ArgumentException($"workload '{id}': {problem}");
}
