using Infra.Aws;
using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Model;
using Infra.NodePools;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The required tags (<see cref="RequiredTags.Keys"/>) reach every AWS resource and what
/// instances create. A resource is covered by its own tags or its AWS provider's default tags;
/// Auto Scaling groups by their own only, because the provider's default tags skip them. Instances
/// and their volumes are created by EC2, not the program, so only a launch template's tag
/// specifications for <c>instance</c> and <c>volume</c> tag them.
/// </summary>
public sealed class RequiredTagsPresent : PolicyRule
{
    /// <summary>What a launch template must tag at launch.</summary>
    private static readonly string[] TaggedAtLaunch = ["instance", "volume"];

    public override string Id => "AWS-007";

    public override string Title => "Required tags reach every AWS resource, instance and volume";

    public override string Rationale =>
        "Cost allocation, ownership and cleanup go by the cluster, environment, owner and cost-center tags; an untagged instance or volume is paid for by nobody and deleted by nobody.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var resource in context.Resources)
        {
            if (resource.Package == AwsProvider.ServedPackage && OwnTagKeys(resource) is { } own)
            {
                var missing = Missing(own.Concat(DefaultTagKeys(resource)));
                if (missing.Count > 0)
                {
                    yield return RuleViolation.Of(resource, "tags", $"tags {List(missing)} are missing: {FixFor(resource)}");
                }
            }
        }

        foreach (var violation in context.ResourcesOf<LaunchTemplate>().SelectMany(LaunchTagViolations))
        {
            yield return violation;
        }
    }

    private static IEnumerable<RuleViolation> LaunchTagViolations(LaunchTemplate template)
    {
        var specifications = template.Args.TagSpecifications ?? [];
        foreach (var resourceType in TaggedAtLaunch)
        {
            var index = specifications.ToList().FindIndex(s => s.ResourceType == resourceType);
            if (index < 0)
            {
                yield return RuleViolation.Of(
                    template,
                    "tagSpecifications",
                    $"{resourceType}s launch untagged: add a tag specification for '{resourceType}' carrying {List(RequiredTags.Keys)}");
                continue;
            }

            var missing = Missing(specifications[index].Tags.Keys);
            if (missing.Count > 0)
            {
                yield return RuleViolation.Of(
                    template,
                    $"tagSpecifications[{index}].tags",
                    $"{resourceType}s launch without tags {List(missing)}: add them to the '{resourceType}' tag specification");
            }
        }
    }

    /// <summary>The keys of the resource's own tags; null when its type takes no tags.</summary>
    private static IEnumerable<string>? OwnTagKeys(Resource resource)
    {
        if (resource is Group group)
        {
            return group.Args.Tags?.Select(tag => tag.Key) ?? [];
        }

        // Args records name the provider's tags map Tags; a type without it takes no tags (routes, associations, tags themselves).
        var tags = resource.Args.GetType().GetProperty("Tags");
        return tags?.PropertyType == typeof(IReadOnlyDictionary<string, Expr<string>>)
            ? ((IReadOnlyDictionary<string, Expr<string>>?)tags.GetValue(resource.Args))?.Keys ?? []
            : null;
    }

    /// <summary>The default tags of the resource's AWS provider; none for the default provider and for groups, which default tags skip.</summary>
    private static IEnumerable<string> DefaultTagKeys(Resource resource) =>
        resource is not Group && resource.Options.Provider is AwsProvider provider
            ? provider.Args.DefaultTags?.Tags.Keys ?? []
            : [];

    private static string FixFor(Resource resource) => resource is Group
        ? "add them to the group's Tags with PropagateAtLaunch = true (provider default tags do not reach Auto Scaling groups)"
        : "add them to the resource's Tags or to its AWS provider's DefaultTags";

    private static List<string> Missing(IEnumerable<string> present)
    {
        var keys = present.ToHashSet(StringComparer.Ordinal);
        return RequiredTags.Keys.Where(key => !keys.Contains(key)).ToList();
    }

    private static string List(IEnumerable<string> keys) => string.Join(", ", keys.Select(key => $"'{key}'"));
}
