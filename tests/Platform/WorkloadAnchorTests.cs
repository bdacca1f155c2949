using System.Text;
using Infra.Emit.PulumiYaml;
using Infra.Kubernetes;
using Infra.Kubernetes.Autoscaling;
using Infra.Model;
using Infra.Platform;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Platform;

/// <summary>
/// The speed and memory bench compares us with /work/shared/anchors/cdk8s-synth.js, so the args must
/// be able to express its workload object for object, field for field.
/// </summary>
public class WorkloadAnchorTests
{
    // The anchor's objects for i = 1 (svc-1, tier core), as cdk8s writes them.
    private const string Anchor = """
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: svc-1, namespace: apps, labels: {app: svc-1, tier: core}}
          spec:
            replicas: 3
            selector: {matchLabels: {app: svc-1, tier: core}}
            template:
              metadata: {labels: {app: svc-1, tier: core}}
              spec:
                priorityClassName: core
                containers:
                  - name: svc-1
                    image: registry.example.com/svc-1:1.0.1
                    resources: {requests: {cpu: 500m, memory: 512Mi}, limits: {cpu: 500m, memory: 512Mi}}
                    readinessProbe: {httpGet: {path: /ready, port: 8080}}
                    livenessProbe: {httpGet: {path: /live, port: 8080}}
                affinity:
                  podAntiAffinity:
                    preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 100
                        podAffinityTerm: {topologyKey: topology.kubernetes.io/zone, labelSelector: {matchLabels: {app: svc-1, tier: core}}}
        - apiVersion: v1
          kind: Service
          metadata: {name: svc-1, namespace: apps, labels: {app: svc-1, tier: core}}
          spec: {selector: {app: svc-1, tier: core}, ports: [{port: 80, targetPort: 8080}]}
        - apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: {name: svc-1, namespace: apps}
          spec:
            scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: svc-1}
            minReplicas: 3
            maxReplicas: 30
            metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}}]
            behavior: {scaleDown: {stabilizationWindowSeconds: 300, policies: [{type: Percent, value: 10, periodSeconds: 60}]}}
        - apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata: {name: svc-1, namespace: apps}
          spec: {minAvailable: 2, selector: {matchLabels: {app: svc-1, tier: core}}}
        """;

    [Fact]
    public void The_args_can_express_the_anchor_workload_exactly()
    {
        var program = new InfraProgram("bench", "anchor");
        _ = new Workload(program.Root, "svc-1", new WorkloadArgs
        {
            Namespace = "apps",
            Image = "registry.example.com/svc-1:1.0.1",
            Tier = ServiceTier.Core,
            Spread = WorkloadSpread.ZoneAntiAffinity,
            PriorityClassName = PriorityClasses.CoreName,
            Replicas = 3,
            ScaleUp = null,
            ScaleDown = new HpaScalingRules
            {
                StabilizationWindowSeconds = 300,
                Policies = [new HpaScalingPolicy { Type = ScalingPolicyType.Percent, Value = 10, PeriodSeconds = 60 }],
            },
            RestrictedSecurityContext = false,
            IngressPolicy = false,
        });

        Assert.Equal(Canonical(Parse(Anchor)), Canonical(Manifests(program)));
    }

    // Renders the program's Kubernetes objects as manifests: apiVersion and kind from the object, the rest from the emitted properties.
    private static YamlSequenceNode Manifests(InfraProgram program)
    {
        var emitted = (YamlMappingNode)((YamlMappingNode)Parse(PulumiYamlEmitter.ToYaml(program)))["resources"];
        var manifests = new YamlSequenceNode();
        foreach (var resource in program.ResourcesOf<IKubernetesObject>())
        {
            var manifest = new YamlMappingNode { { "apiVersion", resource.ApiVersion }, { "kind", resource.Kind } };
            foreach (var property in (YamlMappingNode)((YamlMappingNode)emitted[((Resource)resource).Name])["properties"])
            {
                manifest.Add(property.Key, property.Value);
            }

            manifests.Add(manifest);
        }

        return manifests;
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    // One line per scalar with its path, sorted: equal for trees that differ only in key order or scalar style.
    private static string Canonical(YamlNode node)
    {
        var lines = new List<string>();
        Flatten(node, string.Empty, lines);
        lines.Sort(StringComparer.Ordinal);
        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }

    private static void Flatten(YamlNode node, string path, List<string> lines)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var entry in map)
                {
                    Flatten(entry.Value, $"{path}.{entry.Key}", lines);
                }

                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Flatten(list.Children[i], $"{path}[{i}]", lines);
                }

                break;
            default:
                lines.Add($"{path} = {node}");
                break;
        }
    }
}
